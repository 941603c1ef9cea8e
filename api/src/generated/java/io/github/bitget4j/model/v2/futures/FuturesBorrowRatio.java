// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Isolated margin borrowing ratio over one period.
 *
 * @param ts ts ({@code ts})
 * @param borrowRate borrow rate ({@code borrowRate})
 */
public record FuturesBorrowRatio(
        Instant ts,
        BigDecimal borrowRate) {
}
