// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Isolated margin borrowing ratio at one time.
 *
 * @param borrowRate base-coin borrowing over quote-coin borrowing, in USDT terms.
 * @param ts ts ({@code ts})
 */
public record UtaMarginIsolatedBorrow(
        BigDecimal borrowRate,
        Instant ts) {
}
