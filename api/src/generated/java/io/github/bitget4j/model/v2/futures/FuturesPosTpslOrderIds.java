// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import org.jspecify.annotations.Nullable;

/**
 * One order created by a position TP/SL call.
 *
 * @param orderId order id ({@code orderId})
 * @param stopSurplusClientOid stop surplus client oid ({@code stopSurplusClientOid})
 * @param stopLossClientOid stop loss client oid ({@code stopLossClientOid})
 */
public record FuturesPosTpslOrderIds(
        String orderId,
        @Nullable String stopSurplusClientOid,
        @Nullable String stopLossClientOid) {
}
