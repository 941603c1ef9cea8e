// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One strike of an option chain, with its call and put.
 *
 * @param price the strike price.
 * @param callSymbol the call option symbol.
 * @param putSymbol the put option symbol.
 * @param standard true for a standard contract.
 */
public record UtaStockPlusStrike(
        BigDecimal price,
        @Nullable String callSymbol,
        @Nullable String putSymbol,
        @Nullable Boolean standard) {
}
