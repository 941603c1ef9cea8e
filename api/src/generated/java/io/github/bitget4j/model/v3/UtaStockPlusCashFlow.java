// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One cash movement of the Stock+ account.
 *
 * @param transactionFlowName what it was.
 * @param direction in or out, as Bitget names it.
 * @param businessType kind of movement.
 * @param balance amount moved.
 * @param currency e.g. USD.
 * @param businessTime when it happened, as Bitget sends it.
 * @param symbol the stock, when there is one.
 * @param description Bitget's description.
 */
public record UtaStockPlusCashFlow(
        @Nullable String transactionFlowName,
        @Nullable String direction,
        @Nullable String businessType,
        BigDecimal balance,
        String currency,
        @Nullable String businessTime,
        @Nullable String symbol,
        @Nullable String description) {
}
