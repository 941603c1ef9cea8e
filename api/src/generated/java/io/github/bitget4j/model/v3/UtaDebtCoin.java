// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The debt of one coin in a unified trading account.
 *
 * @param coin e.g. USDT.
 * @param debt borrowed amount in the coin.
 * @param interestFreeAmount amount that bears no interest.
 * @param interestRateNextHour annualised rate for the next hour, as a ratio.
 */
public record UtaDebtCoin(
        String coin,
        BigDecimal debt,
        @Nullable BigDecimal interestFreeAmount,
        @Nullable BigDecimal interestRateNextHour) {
}
