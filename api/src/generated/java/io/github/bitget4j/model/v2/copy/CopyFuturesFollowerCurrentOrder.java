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
 * @param trackingNo tracking no ({@code trackingNo})
 * @param traderName trader name ({@code traderName})
 * @param openOrderId open order id ({@code openOrderId})
 * @param closeOrderId close order id ({@code closeOrderId})
 * @param traderId trader id ({@code traderId})
 * @param symbol symbol ({@code symbol})
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param openLeverage open leverage ({@code openLeverage})
 * @param openAvgPrice average opening price.
 * @param openTime open time ({@code openTime})
 * @param openSize open size ({@code openSize})
 * @param closeAvgPrice close avg price ({@code closeAvgPrice})
 * @param closeSize close size ({@code closeSize})
 * @param openMarginSz margin of the opening.
 * @param closeTime close time ({@code closeTime})
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
     * long or short.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #posSideRaw()} has the text as sent)
     */
    public FuturesHoldSide posSide() {
        return FuturesHoldSide.fromWire(posSideRaw);
    }
}
