// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The position notional caps of one V3 futures contract.
 *
 * @param symbol e.g. BTCUSDT.
 * @param notionalValue cap on one user's position notional.
 * @param totalNotionalValue cap on a main account and its sub-accounts together.
 */
public record UtaContractOiLimit(
        String symbol,
        @Nullable BigDecimal notionalValue,
        @Nullable BigDecimal totalNotionalValue) {
}
