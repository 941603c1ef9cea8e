// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * The ids of a broker sub-account withdrawal.
 *
 * @param orderId Bitget's id.
 * @param clientOid your id.
 */
public record UtaBrokerWithdrawalIds(
        String orderId,
        @Nullable String clientOid) {
}
