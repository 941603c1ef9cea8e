// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Long/short split of accounts over one period.
 *
 * @param longAccountRatio long account ratio ({@code longAccountRatio})
 * @param shortAccountRatio short account ratio ({@code shortAccountRatio})
 * @param longShortAccountRatio long short account ratio ({@code longShortAccountRatio})
 * @param ts ts ({@code ts})
 */
public record FuturesAccountRatio(
        BigDecimal longAccountRatio,
        BigDecimal shortAccountRatio,
        BigDecimal longShortAccountRatio,
        Instant ts) {
}
