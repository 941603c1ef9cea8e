// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

/**
 * A project behind an Elite product.
 *
 * @param projectName its name.
 */
public record UtaEarnProject(
        String projectName) {
}
