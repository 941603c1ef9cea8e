// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One liquidation of a margin account.
 *
 * @param liqId liqId
 * @param symbol isolated only.
 * @param liqStartTime liqStartTime
 * @param liqEndTime liqEndTime
 * @param liqRiskRatio risk ratio when liquidated.
 * @param totalAssets in USDT.
 * @param totalDebt in USDT.
 * @param liqFee liqFee
 * @param cTime cTime
 * @param uTime uTime
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
