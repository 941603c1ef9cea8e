// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One institutional loan order.
 *
 * @param orderId the loan order id.
 * @param orderProductId the product id.
 * @param uid the borrowing uid.
 * @param loanTime when it was lent.
 * @param loanCoin the borrowed coin.
 * @param loanAmount amount lent.
 * @param unpaidAmount principal still owed.
 * @param unpaidInterest interest still owed.
 * @param repaidAmount principal repaid.
 * @param repaidInterest interest repaid.
 * @param reserve reserve amount.
 * @param status not_paid_off or paid_off.
 */
public record UtaInsLoanOrder(
        String orderId,
        @Nullable String orderProductId,
        @Nullable String uid,
        Instant loanTime,
        String loanCoin,
        BigDecimal loanAmount,
        @Nullable BigDecimal unpaidAmount,
        @Nullable BigDecimal unpaidInterest,
        @Nullable BigDecimal repaidAmount,
        @Nullable BigDecimal repaidInterest,
        @Nullable BigDecimal reserve,
        String status) {
}
