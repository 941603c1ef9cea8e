// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Long and short shares of large traders' accounts at one time.
 *
 * @param longAccountRatio long account ratio ({@code longAccountRatio})
 * @param shortAccountRatio short account ratio ({@code shortAccountRatio})
 * @param longShortAccountRatio long short account ratio ({@code longShortAccountRatio})
 * @param ts ts ({@code ts})
 */
public record UtaFuturesAccountLongShort(
        BigDecimal longAccountRatio,
        BigDecimal shortAccountRatio,
        BigDecimal longShortAccountRatio,
        Instant ts) {
}
