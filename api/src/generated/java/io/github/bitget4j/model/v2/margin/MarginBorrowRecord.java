// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One loan.
 *
 * @param loanId loanId
 * @param coin coin
 * @param borrowAmount borrowAmount
 * @param borrowType e.g. manual or automatic borrowing.
 * @param symbol isolated only.
 * @param cTime cTime
 * @param uTime uTime
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
