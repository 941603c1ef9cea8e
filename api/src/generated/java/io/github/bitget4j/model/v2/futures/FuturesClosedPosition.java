// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import org.jspecify.annotations.Nullable;

/**
 * A close order sent by flash close.
 *
 * @param orderId order id ({@code orderId})
 * @param clientOid client oid ({@code clientOid})
 * @param symbol symbol ({@code symbol})
 */
public record FuturesClosedPosition(
        String orderId,
        @Nullable String clientOid,
        String symbol) {
}
