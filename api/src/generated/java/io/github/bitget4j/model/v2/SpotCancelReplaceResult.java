// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import org.jspecify.annotations.Nullable;

/**
 * Outcome of a cancel-replace: the new order, or why it failed.
 *
 * @param orderId Bitget's id of the new order.
 * @param clientOid your id of the new order.
 * @param success success or failure.
 * @param msg Bitget's reason when it failed.
 */
public record SpotCancelReplaceResult(
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable String success,
        @Nullable String msg) {
}
