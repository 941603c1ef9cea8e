// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One liquidation of a margin account.
 *
 * @param liqId liq id ({@code liqId})
 * @param symbol isolated only.
 * @param liqStartTime liq start time ({@code liqStartTime})
 * @param liqEndTime liq end time ({@code liqEndTime})
 * @param liqRiskRatio risk ratio when liquidated.
 * @param totalAssets in USDT.
 * @param totalDebt in USDT.
 * @param liqFee liq fee ({@code liqFee})
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record MarginLiquidationRecord(
        String liqId,
        @Nullable String symbol,
        @Nullable Instant liqStartTime,
        @Nullable Instant liqEndTime,
        @Nullable BigDecimal liqRiskRatio,
        @Nullable BigDecimal totalAssets,
        @Nullable BigDecimal totalDebt,
        @Nullable BigDecimal liqFee,
        Instant cTime,
        @Nullable Instant uTime) {
}
