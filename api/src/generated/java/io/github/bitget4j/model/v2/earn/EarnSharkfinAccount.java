// Generated from codegen/model/v2/earn-sharkfin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Shark fin account totals.
 *
 * @param btcSubscribeAmount running subscriptions valued in BTC.
 * @param usdtSubscribeAmount running subscriptions valued in USDT.
 * @param btcHistoricalAmount btc historical amount ({@code btcHistoricalAmount})
 * @param usdtHistoricalAmount usdt historical amount ({@code usdtHistoricalAmount})
 * @param btcTotalEarning btc total earning ({@code btcTotalEarning})
 * @param usdtTotalEarning usdt total earning ({@code usdtTotalEarning})
 */
public record EarnSharkfinAccount(
        BigDecimal btcSubscribeAmount,
        BigDecimal usdtSubscribeAmount,
        @Nullable BigDecimal btcHistoricalAmount,
        @Nullable BigDecimal usdtHistoricalAmount,
        @Nullable BigDecimal btcTotalEarning,
        @Nullable BigDecimal usdtTotalEarning) {
}
