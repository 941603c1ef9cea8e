// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One margin coin of a futures account.
 *
 * @param marginCoin margin coin ({@code marginCoin})
 * @param frozen frozen ({@code frozen})
 * @param available available ({@code available})
 * @param maxOpenPosAvailable max open pos available ({@code maxOpenPosAvailable})
 * @param maxTransferOut max transfer out ({@code maxTransferOut})
 * @param equity equity ({@code equity})
 * @param usdtEquity usdt equity ({@code usdtEquity})
 * @param crossedRiskRate crossed risk rate ({@code crossedRiskRate})
 * @param unrealizedPL unrealized pl ({@code unrealizedPL})
 * @param unionTotalMargin union total margin ({@code unionTotalMargin})
 * @param unionAvailable union available ({@code unionAvailable})
 * @param unionMm union mm ({@code unionMm})
 * @param assetsMode assets mode ({@code assetsMode})
 * @param coupon coupon ({@code coupon})
 * @param uTime u time ({@code uTime})
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
