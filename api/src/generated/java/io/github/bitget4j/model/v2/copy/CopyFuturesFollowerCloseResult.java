// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Orders the close call placed.
 *
 * @param orderIdList order id list ({@code orderIdList})
 */
public record CopyFuturesFollowerCloseResult(
        @Nullable List<String> orderIdList) {
}
