// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Futures balance of one margin coin in a sub-account.
 *
 * @param marginCoin margin coin ({@code marginCoin})
 * @param locked locked ({@code locked})
 * @param available available ({@code available})
 * @param crossedMaxAvailable crossed max available ({@code crossedMaxAvailable})
 * @param isolatedMaxAvailable isolated max available ({@code isolatedMaxAvailable})
 * @param maxTransferOut max transfer out ({@code maxTransferOut})
 * @param accountEquity account equity ({@code accountEquity})
 * @param usdtEquity usdt equity ({@code usdtEquity})
 * @param btcEquity btc equity ({@code btcEquity})
 * @param unrealizedPL unrealized pl ({@code unrealizedPL})
 * @param coupon coupon ({@code coupon})
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
