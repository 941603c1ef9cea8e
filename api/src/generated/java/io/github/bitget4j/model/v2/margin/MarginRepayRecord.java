// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One repayment.
 *
 * @param repayId repay id ({@code repayId})
 * @param coin coin ({@code coin})
 * @param repayAmount principal plus interest.
 * @param repayType auto, manual, liquidation or forced repayment (spelling varies by mode).
 * @param repayInterest repay interest ({@code repayInterest})
 * @param repayPrincipal repay principal ({@code repayPrincipal})
 * @param symbol isolated only.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record MarginRepayRecord(
        String repayId,
        String coin,
        BigDecimal repayAmount,
        @Nullable String repayType,
        @Nullable BigDecimal repayInterest,
        @Nullable BigDecimal repayPrincipal,
        @Nullable String symbol,
        Instant cTime,
        @Nullable Instant uTime) {
}
