// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One institutional loan.
 *
 * @param orderId order id ({@code orderId})
 * @param orderProductId order product id ({@code orderProductId})
 * @param uid uid ({@code uid})
 * @param loanTime loan time ({@code loanTime})
 * @param loanCoin loan coin ({@code loanCoin})
 * @param loanAmount loan amount ({@code loanAmount})
 * @param unpaidAmount unpaid amount ({@code unpaidAmount})
 * @param unpaidInterest unpaid interest ({@code unpaidInterest})
 * @param repaidAmount repaid amount ({@code repaidAmount})
 * @param repaidInterest repaid interest ({@code repaidInterest})
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
