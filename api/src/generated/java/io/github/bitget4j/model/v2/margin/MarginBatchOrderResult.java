// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import io.github.bitget4j.model.OrderIds;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Outcome of a margin batch place or batch cancel call.
 *
 * @param successList success list ({@code successList})
 * @param failureList failure list ({@code failureList})
 */
public record MarginBatchOrderResult(
        @Nullable List<OrderIds> successList,
        @Nullable List<MarginOrderFailure> failureList) {
}
