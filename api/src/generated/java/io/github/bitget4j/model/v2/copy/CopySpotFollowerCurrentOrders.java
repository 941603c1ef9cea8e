// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of copied spot orders still held.
 *
 * @param endId last trackingNo; pass as idLessThan for the next (older) page.
 * @param trackingList tracking list ({@code trackingList})
 */
public record CopySpotFollowerCurrentOrders(
        @Nullable String endId,
        @Nullable List<CopySpotFollowerCurrentOrder> trackingList) {
}
