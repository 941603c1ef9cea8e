// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One institutional loan.
 *
 * @param orderId orderId
 * @param orderProductId orderProductId
 * @param uid uid
 * @param loanTime loanTime
 * @param loanCoin loanCoin
 * @param loanAmount loanAmount
 * @param unpaidAmount unpaidAmount
 * @param unpaidInterest unpaidInterest
 * @param repaidAmount repaidAmount
 * @param repaidInterest repaidInterest
 * @param status e.g. ongoing, repaid, liquidated.
 */
public record SpotLoanOrder(
        String orderId,
        @Nullable String orderProductId,
        @Nullable String uid,
        @Nullable Instant loanTime,
        String loanCoin,
        BigDecimal loanAmount,
        @Nullable BigDecimal unpaidAmount,
        @Nullable BigDecimal unpaidInterest,
        @Nullable BigDecimal repaidAmount,
        @Nullable BigDecimal repaidInterest,
        @Nullable String status) {
}
