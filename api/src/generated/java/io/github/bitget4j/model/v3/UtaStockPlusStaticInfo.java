// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reference data of one stock.
 *
 * @param symbol e.g. AAPL.US.
 * @param nameCn Chinese name.
 * @param nameEn English name.
 * @param exchange listing exchange.
 * @param currency trading currency, e.g. USD.
 * @param lotSize shares per lot.
 * @param totalShares shares issued.
 * @param circulatingShares shares in circulation.
 * @param eps earnings per share.
 * @param epsTtm earnings per share, trailing twelve months.
 * @param bps book value per share.
 * @param dividendYield dividend yield.
 * @param stockDerivatives derivative kinds available, as Bitget names them.
 * @param board listing board.
 */
public record UtaStockPlusStaticInfo(
        String symbol,
        @Nullable String nameCn,
        @Nullable String nameEn,
        @Nullable String exchange,
        @Nullable String currency,
        @Nullable BigDecimal lotSize,
        @Nullable BigDecimal totalShares,
        @Nullable BigDecimal circulatingShares,
        @Nullable BigDecimal eps,
        @Nullable BigDecimal epsTtm,
        @Nullable BigDecimal bps,
        @Nullable BigDecimal dividendYield,
        @Nullable List<String> stockDerivatives,
        @Nullable String board) {
}
