// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Debts that can be repaid.
 *
 * @param repayableCoinList repayable coin list ({@code repayableCoinList})
 * @param maxSelection how many coins one repayment may name.
 */
public record UtaRepayableCoins(
        @Nullable List<UtaRepayCoin> repayableCoinList,
        @Nullable Integer maxSelection) {
}
