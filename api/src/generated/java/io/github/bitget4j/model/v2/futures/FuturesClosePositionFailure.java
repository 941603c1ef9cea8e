// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import org.jspecify.annotations.Nullable;

/**
 * A position flash close could not close.
 *
 * @param orderId orderId
 * @param clientOid clientOid
 * @param symbol symbol
 * @param errorMsg errorMsg
 * @param errorCode errorCode
 */
public record FuturesClosePositionFailure(
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable String symbol,
        @Nullable String errorMsg,
        @Nullable String errorCode) {
}
