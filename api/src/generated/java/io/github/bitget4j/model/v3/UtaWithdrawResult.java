// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * The ids of a withdrawal.
 *
 * @param orderId Bitget's id.
 * @param clientOid your id.
 */
public record UtaWithdrawResult(
        String orderId,
        @Nullable String clientOid) {
}
