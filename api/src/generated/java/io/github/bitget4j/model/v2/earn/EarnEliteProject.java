// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

/**
 * A project an Elite holding earns points from.
 *
 * @param projectName project name ({@code projectName})
 */
public record EarnEliteProject(
        String projectName) {
}
