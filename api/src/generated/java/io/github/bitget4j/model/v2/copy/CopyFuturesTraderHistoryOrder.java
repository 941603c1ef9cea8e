// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v2.futures.FuturesHoldSide;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A closed futures order that followers copied.
 *
 * @param trackingNo tracking no ({@code trackingNo})
 * @param symbol symbol ({@code symbol})
 * @param openOrderId open order id ({@code openOrderId})
 * @param closeOrderId close order id ({@code closeOrderId})
 * @param productType sent in lower case, e.g. usdt-futures.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param openLeverage open leverage ({@code openLeverage})
 * @param openPriceAvg open price avg ({@code openPriceAvg})
 * @param openTime open time ({@code openTime})
 * @param openSize open size ({@code openSize})
 * @param closeSize close size ({@code closeSize})
 * @param closeTime close time ({@code closeTime})
 * @param closePriceAvg close price avg ({@code closePriceAvg})
 * @param stopType how the order was closed.
 * @param achievedPL realised profit and loss.
 * @param openFee open fee ({@code openFee})
 * @param closeFee close fee ({@code closeFee})
 * @param cTime c time ({@code cTime})
 */
public record CopyFuturesTraderHistoryOrder(
        String trackingNo,
        String symbol,
        String openOrderId,
        @Nullable String closeOrderId,
        @Nullable String productType,
        @SerializedName("posSide") String posSideRaw,
        BigDecimal openLeverage,
        BigDecimal openPriceAvg,
        Instant openTime,
        BigDecimal openSize,
        @Nullable BigDecimal closeSize,
        @Nullable Instant closeTime,
        @Nullable BigDecimal closePriceAvg,
        @Nullable String stopType,
        @Nullable BigDecimal achievedPL,
        @Nullable BigDecimal openFee,
        @Nullable BigDecimal closeFee,
        @Nullable Instant cTime) {

    /**
     * The posSide.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #posSideRaw()} has the text as sent)
     */
    public FuturesHoldSide posSide() {
        return FuturesHoldSide.fromWire(posSideRaw);
    }
}
