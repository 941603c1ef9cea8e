// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Copy-trading settings of one symbol.
 *
 * @param symbol symbol ({@code symbol})
 * @param openTrader whether the symbol is open for copy trading.
 * @param minOpenCount smallest opening quantity.
 * @param maxLeverage max leverage ({@code maxLeverage})
 * @param stopSurplusRatio take-profit ratio, percent.
 * @param stopLossRatio stop-loss ratio, percent.
 */
public record CopyFuturesTraderSymbolSetting(
        String symbol,
        @Nullable String openTrader,
        @Nullable BigDecimal minOpenCount,
        @Nullable BigDecimal maxLeverage,
        @Nullable BigDecimal stopSurplusRatio,
        @Nullable BigDecimal stopLossRatio) {
}
