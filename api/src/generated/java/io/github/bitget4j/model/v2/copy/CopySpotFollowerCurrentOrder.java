// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A copied spot order still held.
 *
 * @param trackingNo tracking no ({@code trackingNo})
 * @param traderId trader id ({@code traderId})
 * @param buyFillSize filled buy quantity.
 * @param buyDelegateSize ordered buy quantity.
 * @param buyPrice buy price ({@code buyPrice})
 * @param unrealizedPL unrealized pl ({@code unrealizedPL})
 * @param buyTime buy time ({@code buyTime})
 * @param buyFee buy fee ({@code buyFee})
 * @param unrealizedPLR unrealised return, percent.
 * @param symbol symbol ({@code symbol})
 * @param stopSurplusPrice stop surplus price ({@code stopSurplusPrice})
 * @param stopLossPrice stop loss price ({@code stopLossPrice})
 */
public record CopySpotFollowerCurrentOrder(
        String trackingNo,
        String traderId,
        BigDecimal buyFillSize,
        @Nullable BigDecimal buyDelegateSize,
        BigDecimal buyPrice,
        @Nullable BigDecimal unrealizedPL,
        Instant buyTime,
        @Nullable BigDecimal buyFee,
        @Nullable BigDecimal unrealizedPLR,
        String symbol,
        @Nullable BigDecimal stopSurplusPrice,
        @Nullable BigDecimal stopLossPrice) {
}
