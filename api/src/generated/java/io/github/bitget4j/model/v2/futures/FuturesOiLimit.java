// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Open-interest cap of a contract.
 *
 * @param symbol symbol ({@code symbol})
 * @param notionalValue per-user cap.
 * @param totalNotionalValue cap for a main account and its sub-accounts together.
 */
public record FuturesOiLimit(
        String symbol,
        @Nullable BigDecimal notionalValue,
        @Nullable BigDecimal totalNotionalValue) {
}
