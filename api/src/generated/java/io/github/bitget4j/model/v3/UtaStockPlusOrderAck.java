// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * The ids of a placed, cancelled or modified Stock+ order.
 *
 * @param orderId Bitget's id.
 * @param clientOid your id, when there is one.
 * @param symbol e.g. AAPL.US.
 */
public record UtaStockPlusOrderAck(
        String orderId,
        @Nullable String clientOid,
        @Nullable String symbol) {
}
