// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Collateral held in one coin for an institutional loan.
 *
 * @param coin the margin coin.
 * @param price its price.
 * @param amount quantity held.
 * @param convertedUsdtAmount value counted toward the LTV, in USDT.
 */
public record UtaInsLoanBalance(
        String coin,
        @Nullable BigDecimal price,
        BigDecimal amount,
        @Nullable BigDecimal convertedUsdtAmount) {
}
