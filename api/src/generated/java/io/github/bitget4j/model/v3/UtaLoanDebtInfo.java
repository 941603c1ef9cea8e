// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An amount of one coin, locked as collateral or owed.
 *
 * @param coin e.g. BTC.
 * @param amount amount in the coin.
 * @param amountUsdt value in USDT.
 */
public record UtaLoanDebtInfo(
        String coin,
        BigDecimal amount,
        @Nullable BigDecimal amountUsdt) {
}
