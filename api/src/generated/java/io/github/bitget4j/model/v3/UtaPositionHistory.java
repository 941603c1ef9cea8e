// Generated from codegen/model/v3/position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of closed V3 futures positions.
 *
 * @param list the positions of this page.
 * @param cursor pass as the request's cursor for the next page; null or empty on the last.
 */
public record UtaPositionHistory(
        List<UtaClosedPosition> list,
        @Nullable String cursor) {
}
