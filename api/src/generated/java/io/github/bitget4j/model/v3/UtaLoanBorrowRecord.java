// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One past crypto loan.
 *
 * @param orderId the loan order id.
 * @param loanCoin the borrowed coin.
 * @param pledgeCoin the collateral coin.
 * @param initPledgeAmount collateral locked at the start.
 * @param initLoanAmount amount borrowed at the start.
 * @param hourRate hourly interest rate.
 * @param daily the loan term, e.g. SEVEN, THIRTY, FLEXIBLE.
 * @param borrowTime when the loan started.
 * @param status how it ended, e.g. REPAY, FORCE, ROLLBACK (case as Bitget sends it)
 */
public record UtaLoanBorrowRecord(
        String orderId,
        String loanCoin,
        String pledgeCoin,
        @Nullable BigDecimal initPledgeAmount,
        @Nullable BigDecimal initLoanAmount,
        @Nullable BigDecimal hourRate,
        @Nullable String daily,
        Instant borrowTime,
        String status) {
}
