// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The balance of one coin in a unified trading account.
 *
 * @param coin e.g. USDT.
 * @param equity the coin's equity.
 * @param usdValue the equity's value in USD.
 * @param balance the coin's balance.
 * @param available free to trade or withdraw.
 * @param debt borrowed amount.
 * @param locked held by orders or otherwise locked.
 * @param positionValue position value in USD.
 * @param leverage account leverage.
 * @param bonus USDT bonus amount.
 */
public record AccountAsset(
        String coin,
        @Nullable BigDecimal equity,
        @Nullable BigDecimal usdValue,
        @Nullable BigDecimal balance,
        @Nullable BigDecimal available,
        @Nullable BigDecimal debt,
        @Nullable BigDecimal locked,
        @Nullable BigDecimal positionValue,
        @Nullable BigDecimal leverage,
        @Nullable BigDecimal bonus) {
}
