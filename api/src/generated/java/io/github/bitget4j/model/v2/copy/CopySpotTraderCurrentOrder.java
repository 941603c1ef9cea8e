// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A spot tracked order still held.
 *
 * @param trackingNo tracking no ({@code trackingNo})
 * @param orderId the buy order.
 * @param buyFillSize filled buy quantity.
 * @param buyDelegateSize ordered buy quantity.
 * @param buyPrice buy price ({@code buyPrice})
 * @param unrealizedPL unrealized pl ({@code unrealizedPL})
 * @param buyTime buy time ({@code buyTime})
 * @param buyFee buy fee ({@code buyFee})
 * @param unrealizedPLR unrealised return, percent.
 * @param symbol symbol ({@code symbol})
 * @param stopLossPrice stop loss price ({@code stopLossPrice})
 * @param stopSurplusPrice stop surplus price ({@code stopSurplusPrice})
 * @param followCount follow count ({@code followCount})
 */
public record CopySpotTraderCurrentOrder(
        String trackingNo,
        String orderId,
        BigDecimal buyFillSize,
        @Nullable BigDecimal buyDelegateSize,
        BigDecimal buyPrice,
        @Nullable BigDecimal unrealizedPL,
        Instant buyTime,
        @Nullable BigDecimal buyFee,
        @Nullable BigDecimal unrealizedPLR,
        String symbol,
        @Nullable BigDecimal stopLossPrice,
        @Nullable BigDecimal stopSurplusPrice,
        @Nullable Integer followCount) {
}
