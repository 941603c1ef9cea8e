// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Spot volume by order size class: whale (large), dolphin (medium), fish (small).
 *
 * @param whaleBuyVolume whaleBuyVolume
 * @param dolphinBuyVolume dolphinBuyVolume
 * @param fishBuyVolume fishBuyVolume
 * @param whaleSellVolume whaleSellVolume
 * @param dolphinSellVolume dolphinSellVolume
 * @param fishSellVolume fishSellVolume
 * @param whaleBuyRatio share of the total, as a ratio.
 * @param dolphinBuyRatio dolphinBuyRatio
 * @param fishBuyRatio fishBuyRatio
 * @param whaleSellRatio whaleSellRatio
 * @param dolphinSellRatio dolphinSellRatio
 * @param fishSellRatio fishSellRatio
 */
public record UtaSpotFundFlow(
        @Nullable BigDecimal whaleBuyVolume,
        @Nullable BigDecimal dolphinBuyVolume,
        @Nullable BigDecimal fishBuyVolume,
        @Nullable BigDecimal whaleSellVolume,
        @Nullable BigDecimal dolphinSellVolume,
        @Nullable BigDecimal fishSellVolume,
        @Nullable BigDecimal whaleBuyRatio,
        @Nullable BigDecimal dolphinBuyRatio,
        @Nullable BigDecimal fishBuyRatio,
        @Nullable BigDecimal whaleSellRatio,
        @Nullable BigDecimal dolphinSellRatio,
        @Nullable BigDecimal fishSellRatio) {
}
