// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of V3 public liquidation orders.
 *
 * @param list list ({@code list})
 * @param cursor pass as the request's cursor for the next page; null or empty on the last.
 */
public record UtaLiquidations(
        List<UtaLiquidation> list,
        @Nullable String cursor) {
}
