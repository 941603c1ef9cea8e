// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Futures balance of one margin coin in a sub-account.
 *
 * @param marginCoin marginCoin
 * @param locked locked
 * @param available available
 * @param crossedMaxAvailable crossedMaxAvailable
 * @param isolatedMaxAvailable isolatedMaxAvailable
 * @param maxTransferOut maxTransferOut
 * @param accountEquity accountEquity
 * @param usdtEquity usdtEquity
 * @param btcEquity btcEquity
 * @param unrealizedPL unrealizedPL
 * @param coupon coupon
 */
public record FuturesSubAccountAsset(
        String marginCoin,
        BigDecimal locked,
        BigDecimal available,
        @Nullable BigDecimal crossedMaxAvailable,
        @Nullable BigDecimal isolatedMaxAvailable,
        @Nullable BigDecimal maxTransferOut,
        BigDecimal accountEquity,
        @Nullable BigDecimal usdtEquity,
        @Nullable BigDecimal btcEquity,
        @Nullable BigDecimal unrealizedPL,
        @Nullable BigDecimal coupon) {
}
