// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of profit sharing details.
 *
 * @param list the settlements.
 * @param nextCursor pass as the request's cursor for the next page; null or empty on the last.
 */
public record UtaCopyProfitDetails(
        List<UtaCopyProfitDetail> list,
        @Nullable String nextCursor) {
}
