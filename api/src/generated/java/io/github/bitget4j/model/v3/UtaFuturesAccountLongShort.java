// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Long and short shares of large traders' accounts at one time.
 *
 * @param longAccountRatio longAccountRatio
 * @param shortAccountRatio shortAccountRatio
 * @param longShortAccountRatio longShortAccountRatio
 * @param ts ts
 */
public record UtaFuturesAccountLongShort(
        BigDecimal longAccountRatio,
        BigDecimal shortAccountRatio,
        BigDecimal longShortAccountRatio,
        Instant ts) {
}
