// Generated from codegen/model/v2/futures-position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of closed positions.
 *
 * @param list list ({@code list})
 * @param endId pass as idLessThan for the next (older) page.
 */
public record FuturesHistoricPositions(
        @Nullable List<FuturesHistoricPosition> list,
        @Nullable String endId) {
}
