// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Spot net inflow at one time.
 *
 * @param netFlow buy value minus sell value.
 * @param ts ts ({@code ts})
 */
public record UtaSpotNetFlow(
        BigDecimal netFlow,
        Instant ts) {
}
