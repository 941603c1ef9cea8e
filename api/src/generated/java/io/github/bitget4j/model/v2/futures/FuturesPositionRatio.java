// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Long/short split of top traders' positions over one period.
 *
 * @param longPositionRatio longPositionRatio
 * @param shortPositionRatio shortPositionRatio
 * @param longShortPositionRatio longShortPositionRatio
 * @param ts ts
 */
public record FuturesPositionRatio(
        BigDecimal longPositionRatio,
        BigDecimal shortPositionRatio,
        BigDecimal longShortPositionRatio,
        Instant ts) {
}
