// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The current borrowing of a unified trading account.
 *
 * @param currentLoans total borrowed, in USD.
 * @param interestPaymentTime next interest charge.
 * @param debtCoinList the debt of each coin.
 */
public record UtaLoanData(
        BigDecimal currentLoans,
        @Nullable Instant interestPaymentTime,
        List<UtaDebtCoin> debtCoinList) {
}
