// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Long and short shares at one time.
 *
 * @param longRatio long ratio ({@code longRatio})
 * @param shortRatio short ratio ({@code shortRatio})
 * @param longShortRatio long short ratio ({@code longShortRatio})
 * @param ts ts ({@code ts})
 */
public record UtaFuturesLongShort(
        BigDecimal longRatio,
        BigDecimal shortRatio,
        BigDecimal longShortRatio,
        Instant ts) {
}
