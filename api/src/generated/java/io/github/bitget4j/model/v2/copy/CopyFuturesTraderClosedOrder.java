// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import org.jspecify.annotations.Nullable;

/**
 * A tracked order the close call closed.
 *
 * @param trackingNo trackingNo
 * @param symbol symbol
 * @param productType productType
 */
public record CopyFuturesTraderClosedOrder(
        String trackingNo,
        String symbol,
        @Nullable String productType) {
}
