// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Symbols one spot trader currently trades.
 *
 * @param currentTradingList current trading list ({@code currentTradingList})
 */
public record CopySpotTraderSymbols(
        @Nullable List<String> currentTradingList) {
}
