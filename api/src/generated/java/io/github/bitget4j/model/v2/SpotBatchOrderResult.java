// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.model.OrderIds;
import java.util.List;

/**
 * Which orders of a batch were accepted and which were refused.
 *
 * @param successList ids of the accepted orders.
 * @param failureList the refused orders with Bitget's reason.
 */
public record SpotBatchOrderResult(
        List<OrderIds> successList,
        List<SpotBatchOrderFailure> failureList) {
}
