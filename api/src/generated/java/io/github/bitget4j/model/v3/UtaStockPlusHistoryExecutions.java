// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Past Stock+ fills.
 *
 * @param hasMore true when more fills match than were returned.
 * @param trades the fills.
 */
public record UtaStockPlusHistoryExecutions(
        @Nullable Boolean hasMore,
        List<UtaStockPlusExecution> trades) {
}
