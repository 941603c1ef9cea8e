// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import org.jspecify.annotations.Nullable;

/**
 * One order of a batch call that Bitget refused.
 *
 * @param orderId order id ({@code orderId})
 * @param clientOid client oid ({@code clientOid})
 * @param errorMsg error msg ({@code errorMsg})
 * @param errorCode error code ({@code errorCode})
 */
public record FuturesOrderFailure(
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable String errorMsg,
        @Nullable String errorCode) {
}
