// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Coins usable to repay debt.
 *
 * @param paymentCoinList payment coin list ({@code paymentCoinList})
 * @param maxSelection how many coins one repayment may name.
 */
public record UtaPaymentCoins(
        @Nullable List<UtaRepayCoin> paymentCoinList,
        @Nullable Integer maxSelection) {
}
