// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One state change of a Stock+ order.
 *
 * @param price price at the change.
 * @param quantity quantity at the change.
 * @param status the new state.
 * @param msg Bitget's message.
 * @param time when it happened, as Bitget sends it.
 */
public record UtaStockPlusOrderEvent(
        @Nullable BigDecimal price,
        @Nullable BigDecimal quantity,
        String status,
        @Nullable String msg,
        @Nullable String time) {
}
