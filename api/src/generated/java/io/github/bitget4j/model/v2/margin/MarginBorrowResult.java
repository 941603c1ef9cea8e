// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The loan that was taken.
 *
 * @param loanId loan id ({@code loanId})
 * @param symbol isolated only.
 * @param coin coin ({@code coin})
 * @param borrowAmount borrow amount ({@code borrowAmount})
 */
public record MarginBorrowResult(
        String loanId,
        @Nullable String symbol,
        String coin,
        BigDecimal borrowAmount) {
}
