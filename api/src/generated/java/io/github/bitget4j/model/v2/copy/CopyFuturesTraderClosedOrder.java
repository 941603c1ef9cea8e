// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import org.jspecify.annotations.Nullable;

/**
 * A tracked order the close call closed.
 *
 * @param trackingNo tracking no ({@code trackingNo})
 * @param symbol symbol ({@code symbol})
 * @param productType product type ({@code productType})
 */
public record CopyFuturesTraderClosedOrder(
        String trackingNo,
        String symbol,
        @Nullable String productType) {
}
