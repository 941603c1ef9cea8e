// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One order sent by a fired plan order.
 *
 * @param orderId the spot order's id.
 * @param price its price.
 * @param type limit or market.
 * @param status success, fail, cancelled, in_progress or in_progress_tracking.
 */
public record SpotPlanSubOrder(
        String orderId,
        @Nullable BigDecimal price,
        @Nullable String type,
        @Nullable String status) {
}
