// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Long/short ratio over one period.
 *
 * @param longRatio longRatio
 * @param shortRatio shortRatio
 * @param longShortRatio longShortRatio
 * @param ts ts
 */
public record FuturesLongShortRatio(
        BigDecimal longRatio,
        BigDecimal shortRatio,
        BigDecimal longShortRatio,
        Instant ts) {
}
