// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Long and short shares of large traders' positions at one time.
 *
 * @param longPositionRatio long position ratio ({@code longPositionRatio})
 * @param shortPositionRatio short position ratio ({@code shortPositionRatio})
 * @param longShortPositionRatio long short position ratio ({@code longShortPositionRatio})
 * @param ts ts ({@code ts})
 */
public record UtaFuturesPositionLongShort(
        BigDecimal longPositionRatio,
        BigDecimal shortPositionRatio,
        BigDecimal longShortPositionRatio,
        Instant ts) {
}
