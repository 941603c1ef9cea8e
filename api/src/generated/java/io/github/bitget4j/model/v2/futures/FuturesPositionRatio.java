// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Long/short split of top traders' positions over one period.
 *
 * @param longPositionRatio long position ratio ({@code longPositionRatio})
 * @param shortPositionRatio short position ratio ({@code shortPositionRatio})
 * @param longShortPositionRatio long short position ratio ({@code longShortPositionRatio})
 * @param ts ts ({@code ts})
 */
public record FuturesPositionRatio(
        BigDecimal longPositionRatio,
        BigDecimal shortPositionRatio,
        BigDecimal longShortPositionRatio,
        Instant ts) {
}
