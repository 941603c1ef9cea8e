// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One repayment.
 *
 * @param repayId repayId
 * @param coin coin
 * @param repayAmount principal plus interest.
 * @param repayType auto, manual, liquidation or forced repayment (spelling varies by mode).
 * @param repayInterest repayInterest
 * @param repayPrincipal repayPrincipal
 * @param symbol isolated only.
 * @param cTime cTime
 * @param uTime uTime
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
