// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Collateral of one coin in a loan risk unit.
 *
 * @param coin coin ({@code coin})
 * @param price price ({@code price})
 * @param amount amount ({@code amount})
 * @param convertedUsdtAmount converted usdt amount ({@code convertedUsdtAmount})
 */
public record SpotLoanBalance(
        String coin,
        @Nullable BigDecimal price,
        @Nullable BigDecimal amount,
        @Nullable BigDecimal convertedUsdtAmount) {
}
