// Generated from codegen/model/v2/copy-broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a trader's closed tracked orders.
 *
 * @param trackingList tracking list ({@code trackingList})
 * @param endId pass as idLessThan for the next (older) page.
 */
public record CopyBrokerHistoryTraces(
        @Nullable List<CopyBrokerHistoryTrace> trackingList,
        @Nullable String endId) {
}
