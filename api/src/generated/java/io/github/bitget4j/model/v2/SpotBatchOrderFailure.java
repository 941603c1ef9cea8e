// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import org.jspecify.annotations.Nullable;

/**
 * One order of a V2 spot batch that Bitget refused.
 *
 * @param orderId Bitget's id, when it assigned one.
 * @param clientOid your id for the order.
 * @param errorMsg why it was refused.
 * @param errorCode Bitget's error code, e.g. 43012 for insufficient balance.
 */
public record SpotBatchOrderFailure(
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable String errorMsg,
        @Nullable String errorCode) {
}
