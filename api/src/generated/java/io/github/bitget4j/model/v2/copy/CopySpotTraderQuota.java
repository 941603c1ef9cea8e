// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Order amount quota of one symbol.
 *
 * @param maxQuoteSize largest single order, quote coin.
 * @param surplusQuoteSize amount left, quote coin.
 * @param symbol symbol ({@code symbol})
 */
public record CopySpotTraderQuota(
        @Nullable BigDecimal maxQuoteSize,
        @Nullable BigDecimal surplusQuoteSize,
        String symbol) {
}
