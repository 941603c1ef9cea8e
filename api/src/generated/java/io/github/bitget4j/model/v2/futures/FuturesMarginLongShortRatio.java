// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Margin-loan long/short ratio over one period.
 *
 * @param ts ts ({@code ts})
 * @param longShortRatio long short ratio ({@code longShortRatio})
 */
public record FuturesMarginLongShortRatio(
        Instant ts,
        BigDecimal longShortRatio) {
}
