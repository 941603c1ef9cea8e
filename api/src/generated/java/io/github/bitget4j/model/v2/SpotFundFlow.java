// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Buy and sell volume by order size class.
 *
 * @param whaleBuyVolume whaleBuyVolume
 * @param dolphinBuyVolume dolphinBuyVolume
 * @param fishBuyVolume fishBuyVolume
 * @param whaleSellVolume whaleSellVolume
 * @param dolphinSellVolume dolphinSellVolume
 * @param fishSellVolume fishSellVolume
 * @param whaleBuyRatio whaleBuyRatio
 * @param dolphinBuyRatio dolphinBuyRatio
 * @param fishBuyRatio fishBuyRatio
 * @param whaleSellRatio whaleSellRatio
 * @param dolphinSellRatio dolphinSellRatio
 * @param fishSellRatio fishSellRatio
 */
public record SpotFundFlow(
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
