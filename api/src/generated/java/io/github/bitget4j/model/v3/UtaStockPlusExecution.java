// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One fill of a Stock+ order.
 *
 * @param orderId the order.
 * @param tradeId the fill id.
 * @param symbol e.g. AAPL.US.
 * @param tradeDoneAt when it filled, as Bitget sends it.
 * @param quantity shares filled.
 * @param price fill price.
 */
public record UtaStockPlusExecution(
        String orderId,
        String tradeId,
        String symbol,
        @Nullable String tradeDoneAt,
        BigDecimal quantity,
        BigDecimal price) {
}
