// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import org.jspecify.annotations.Nullable;

/**
 * Order created by an earn subscription or redemption.
 *
 * @param orderId order id ({@code orderId})
 * @param status order status as Bitget reports it.
 */
public record EarnOrder(
        String orderId,
        @Nullable String status) {
}
