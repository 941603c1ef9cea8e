// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Buy and sell volume by order size class.
 *
 * @param whaleBuyVolume whale buy volume ({@code whaleBuyVolume})
 * @param dolphinBuyVolume dolphin buy volume ({@code dolphinBuyVolume})
 * @param fishBuyVolume fish buy volume ({@code fishBuyVolume})
 * @param whaleSellVolume whale sell volume ({@code whaleSellVolume})
 * @param dolphinSellVolume dolphin sell volume ({@code dolphinSellVolume})
 * @param fishSellVolume fish sell volume ({@code fishSellVolume})
 * @param whaleBuyRatio whale buy ratio ({@code whaleBuyRatio})
 * @param dolphinBuyRatio dolphin buy ratio ({@code dolphinBuyRatio})
 * @param fishBuyRatio fish buy ratio ({@code fishBuyRatio})
 * @param whaleSellRatio whale sell ratio ({@code whaleSellRatio})
 * @param dolphinSellRatio dolphin sell ratio ({@code dolphinSellRatio})
 * @param fishSellRatio fish sell ratio ({@code fishSellRatio})
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
