// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Margin long/short ratio at one time.
 *
 * @param longShortRatio long short ratio ({@code longShortRatio})
 * @param ts ts ({@code ts})
 */
public record UtaMarginLongShort(
        BigDecimal longShortRatio,
        Instant ts) {
}
