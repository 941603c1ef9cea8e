// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.time.Instant;
import java.util.List;

/**
 * Open interest of V3 futures contracts.
 *
 * @param list one element per symbol.
 * @param ts when Bitget computed the figures.
 */
public record UtaOpenInterest(
        List<UtaOpenInterestItem> list,
        Instant ts) {
}
