// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Futures balance of one margin coin in a sub-account.
 *
 * @param marginCoin margin coin ({@code marginCoin})
 * @param available available ({@code available})
 * @param frozen frozen ({@code frozen})
 * @param locked locked ({@code locked})
 * @param crossedMaxAvailable crossed max available ({@code crossedMaxAvailable})
 * @param isolatedMaxAvailable isolated max available ({@code isolatedMaxAvailable})
 * @param maxTransferOut max transfer out ({@code maxTransferOut})
 * @param accountEquity account equity ({@code accountEquity})
 * @param usdtEquity usdt equity ({@code usdtEquity})
 * @param btcEquity btc equity ({@code btcEquity})
 * @param uTime u time ({@code uTime})
 */
public record BrokerSubFuturesAsset(
        String marginCoin,
        BigDecimal available,
        @Nullable BigDecimal frozen,
        @Nullable BigDecimal locked,
        @Nullable BigDecimal crossedMaxAvailable,
        @Nullable BigDecimal isolatedMaxAvailable,
        @Nullable BigDecimal maxTransferOut,
        BigDecimal accountEquity,
        @Nullable BigDecimal usdtEquity,
        @Nullable BigDecimal btcEquity,
        @Nullable Instant uTime) {
}
