// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v2.futures.FuturesHoldSide;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An open order copied from a trader.
 *
 * @param trackingNo trackingNo
 * @param traderName traderName
 * @param openOrderId openOrderId
 * @param closeOrderId closeOrderId
 * @param traderId traderId
 * @param symbol symbol
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param openLeverage openLeverage
 * @param openAvgPrice average opening price.
 * @param openTime openTime
 * @param openSize openSize
 * @param closeAvgPrice closeAvgPrice
 * @param closeSize closeSize
 * @param openMarginSz margin of the opening.
 * @param closeTime closeTime
 */
public record CopyFuturesFollowerCurrentOrder(
        String trackingNo,
        @Nullable String traderName,
        String openOrderId,
        @Nullable String closeOrderId,
        String traderId,
        String symbol,
        @SerializedName("posSide") String posSideRaw,
        BigDecimal openLeverage,
        BigDecimal openAvgPrice,
        Instant openTime,
        BigDecimal openSize,
        @Nullable BigDecimal closeAvgPrice,
        @Nullable BigDecimal closeSize,
        @Nullable BigDecimal openMarginSz,
        @Nullable Instant closeTime) {

    /**
     * long or short. {@code UNKNOWN} when this SDK version does not know the value; {@link #posSideRaw()} has the text as sent.
     */
    public FuturesHoldSide posSide() {
        return FuturesHoldSide.fromWire(posSideRaw);
    }
}
