// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

/**
 * Outcome of the change.
 *
 * @param result success or failure.
 */
public record SubAccountModifyResult(
        String result) {
}
