// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One loan.
 *
 * @param loanId loan id ({@code loanId})
 * @param coin coin ({@code coin})
 * @param borrowAmount borrow amount ({@code borrowAmount})
 * @param borrowType e.g. manual or automatic borrowing.
 * @param symbol isolated only.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record MarginBorrowRecord(
        String loanId,
        String coin,
        BigDecimal borrowAmount,
        @Nullable String borrowType,
        @Nullable String symbol,
        Instant cTime,
        @Nullable Instant uTime) {
}
