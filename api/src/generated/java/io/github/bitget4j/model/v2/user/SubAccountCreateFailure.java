// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

/**
 * An alias that could not be used (taken, or the sub-account quota is reached).
 *
 * @param subaAccountName Bitget's spelling.
 */
public record SubAccountCreateFailure(
        String subaAccountName) {
}
