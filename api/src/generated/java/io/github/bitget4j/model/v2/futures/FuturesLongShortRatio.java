// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Long/short ratio over one period.
 *
 * @param longRatio long ratio ({@code longRatio})
 * @param shortRatio short ratio ({@code shortRatio})
 * @param longShortRatio long short ratio ({@code longShortRatio})
 * @param ts ts ({@code ts})
 */
public record FuturesLongShortRatio(
        BigDecimal longRatio,
        BigDecimal shortRatio,
        BigDecimal longShortRatio,
        Instant ts) {
}
