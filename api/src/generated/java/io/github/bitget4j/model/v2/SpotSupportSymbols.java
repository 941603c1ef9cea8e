// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Symbols covered by the trading-insight endpoints.
 *
 * @param spotList spot symbols.
 * @param futureList futures symbols.
 */
public record SpotSupportSymbols(
        @Nullable List<String> spotList,
        @Nullable List<String> futureList) {
}
