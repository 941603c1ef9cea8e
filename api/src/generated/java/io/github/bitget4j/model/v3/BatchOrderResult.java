// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one order of a V3 batch placement or cancellation.
 *
 * @param orderId Bitget's id, when the order was accepted.
 * @param clientOid your id.
 * @param code Bitget's result code for this order, when it was refused.
 * @param msg Bitget's message for this order.
 */
public record BatchOrderResult(
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable String code,
        @Nullable String msg) {
}
