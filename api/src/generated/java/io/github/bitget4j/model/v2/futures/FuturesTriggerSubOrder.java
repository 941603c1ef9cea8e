// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An order a trigger order produced when it fired.
 *
 * @param orderId order id ({@code orderId})
 * @param price price ({@code price})
 * @param type e.g. open_long.
 * @param status status ({@code status})
 */
public record FuturesTriggerSubOrder(
        String orderId,
        @Nullable BigDecimal price,
        @Nullable String type,
        @Nullable String status) {
}
