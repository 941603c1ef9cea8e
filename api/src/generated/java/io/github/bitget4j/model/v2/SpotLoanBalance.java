// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Collateral of one coin in a loan risk unit.
 *
 * @param coin coin
 * @param price price
 * @param amount amount
 * @param convertedUsdtAmount convertedUsdtAmount
 */
public record SpotLoanBalance(
        String coin,
        @Nullable BigDecimal price,
        @Nullable BigDecimal amount,
        @Nullable BigDecimal convertedUsdtAmount) {
}
