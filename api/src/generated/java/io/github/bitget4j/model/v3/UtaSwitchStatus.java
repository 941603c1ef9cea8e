// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * State of an account switch.
 *
 * @param status process, success or fail.
 * @param reason why it failed.
 */
public record UtaSwitchStatus(
        String status,
        @Nullable String reason) {
}
