// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One margin coin of a futures account.
 *
 * @param marginCoin marginCoin
 * @param frozen frozen
 * @param available available
 * @param maxOpenPosAvailable maxOpenPosAvailable
 * @param maxTransferOut maxTransferOut
 * @param equity equity
 * @param usdtEquity usdtEquity
 * @param crossedRiskRate crossedRiskRate
 * @param unrealizedPL unrealizedPL
 * @param unionTotalMargin unionTotalMargin
 * @param unionAvailable unionAvailable
 * @param unionMm unionMm
 * @param assetsMode assetsMode
 * @param coupon coupon
 * @param uTime uTime
 */
public record WsFuturesAccountV2(
        String marginCoin,
        @Nullable BigDecimal frozen,
        BigDecimal available,
        @Nullable BigDecimal maxOpenPosAvailable,
        @Nullable BigDecimal maxTransferOut,
        @Nullable BigDecimal equity,
        @Nullable BigDecimal usdtEquity,
        @Nullable BigDecimal crossedRiskRate,
        @Nullable BigDecimal unrealizedPL,
        @Nullable BigDecimal unionTotalMargin,
        @Nullable BigDecimal unionAvailable,
        @Nullable BigDecimal unionMm,
        @Nullable String assetsMode,
        @Nullable BigDecimal coupon,
        @Nullable Instant uTime) {
}
