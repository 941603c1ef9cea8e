// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import org.jspecify.annotations.Nullable;

/**
 * One order of a margin batch call that Bitget refused.
 *
 * @param orderId orderId
 * @param clientOid clientOid
 * @param errorMsg errorMsg
 * @param errorCode errorCode
 */
public record MarginOrderFailure(
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable String errorMsg,
        @Nullable String errorCode) {
}
