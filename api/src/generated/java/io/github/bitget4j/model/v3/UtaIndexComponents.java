// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * The components of a V3 index price.
 *
 * @param symbol e.g. BTCUSDT.
 * @param componentList component list ({@code componentList})
 */
public record UtaIndexComponents(
        String symbol,
        List<UtaIndexComponent> componentList) {
}
