// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.util.List;

/**
 * Outcome of a batch place or batch cancel call.
 *
 * @param successList success list ({@code successList})
 * @param failureList failure list ({@code failureList})
 */
public record FuturesBatchOrderResult(
        List<FuturesOrderIds> successList,
        List<FuturesOrderFailure> failureList) {
}
