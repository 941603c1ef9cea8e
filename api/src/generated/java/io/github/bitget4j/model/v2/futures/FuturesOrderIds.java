// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import org.jspecify.annotations.Nullable;

/**
 * Ids of a placed futures order.
 *
 * @param orderId absent for a one-way reduce-only order that replaced older ones.
 * @param clientOid client oid ({@code clientOid})
 */
public record FuturesOrderIds(
        @Nullable String orderId,
        @Nullable String clientOid) {
}
