// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import org.jspecify.annotations.Nullable;

/**
 * One order of a batch call that Bitget refused.
 *
 * @param orderId orderId
 * @param clientOid clientOid
 * @param errorMsg errorMsg
 * @param errorCode errorCode
 */
public record FuturesOrderFailure(
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable String errorMsg,
        @Nullable String errorCode) {
}
