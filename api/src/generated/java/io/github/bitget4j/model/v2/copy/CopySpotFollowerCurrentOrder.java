// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A copied spot order still held.
 *
 * @param trackingNo trackingNo
 * @param traderId traderId
 * @param buyFillSize filled buy quantity.
 * @param buyDelegateSize ordered buy quantity.
 * @param buyPrice buyPrice
 * @param unrealizedPL unrealizedPL
 * @param buyTime buyTime
 * @param buyFee buyFee
 * @param unrealizedPLR unrealised return, percent.
 * @param symbol symbol
 * @param stopSurplusPrice stopSurplusPrice
 * @param stopLossPrice stopLossPrice
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
