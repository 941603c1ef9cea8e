// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Savings account totals.
 *
 * @param btcAmount holdings valued in BTC.
 * @param usdtAmount holdings valued in USDT.
 * @param btc24hEarning btc24h earning ({@code btc24hEarning})
 * @param usdt24hEarning usdt24h earning ({@code usdt24hEarning})
 * @param btcTotalEarning btc total earning ({@code btcTotalEarning})
 * @param usdtTotalEarning usdt total earning ({@code usdtTotalEarning})
 */
public record EarnSavingsAccount(
        BigDecimal btcAmount,
        BigDecimal usdtAmount,
        @Nullable BigDecimal btc24hEarning,
        @Nullable BigDecimal usdt24hEarning,
        @Nullable BigDecimal btcTotalEarning,
        @Nullable BigDecimal usdtTotalEarning) {
}
