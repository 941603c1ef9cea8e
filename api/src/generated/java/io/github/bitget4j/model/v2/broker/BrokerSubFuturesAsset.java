// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Futures balance of one margin coin in a sub-account.
 *
 * @param marginCoin marginCoin
 * @param available available
 * @param frozen frozen
 * @param locked locked
 * @param crossedMaxAvailable crossedMaxAvailable
 * @param isolatedMaxAvailable isolatedMaxAvailable
 * @param maxTransferOut maxTransferOut
 * @param accountEquity accountEquity
 * @param usdtEquity usdtEquity
 * @param btcEquity btcEquity
 * @param uTime uTime
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
