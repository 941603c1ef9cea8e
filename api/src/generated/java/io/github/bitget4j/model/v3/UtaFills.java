// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of V3 fills.
 *
 * @param list the fills of this page.
 * @param cursor pass as the request's cursor for the next page; null or empty on the last.
 */
public record UtaFills(
        List<UtaFill> list,
        @Nullable String cursor) {
}
