package io.github.bitget4j.model.v2;

import io.github.bitget4j.model.OrderIds;
import java.util.List;

/**
 * Bitget's answer to a V2 spot batch: which orders were accepted and which were refused.
 *
 * @param successList ids of the accepted orders
 * @param failureList the refused orders with Bitget's reason
 */
public record SpotBatchOrderResult(List<OrderIds> successList, List<SpotBatchOrderFailure> failureList) {
}
