// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v2.futures.FuturesHoldSide;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A closed order copied from a trader.
 *
 * @param trackingNo tracking no ({@code trackingNo})
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param openLeverage open leverage ({@code openLeverage})
 * @param openSize open size ({@code openSize})
 * @param closeSize close size ({@code closeSize})
 * @param openPriceAvg open price avg ({@code openPriceAvg})
 * @param closePriceAvg close price avg ({@code closePriceAvg})
 * @param achievedPL realised profit and loss.
 * @param openFee open fee ({@code openFee})
 * @param closeFee close fee ({@code closeFee})
 * @param symbol symbol ({@code symbol})
 * @param profitRate return, percent.
 * @param netProfit profit after fees and profit share.
 * @param openOrderId open order id ({@code openOrderId})
 * @param closeOrderId close order id ({@code closeOrderId})
 * @param openTime open time ({@code openTime})
 * @param closeTime close time ({@code closeTime})
 * @param traderId trader id ({@code traderId})
 * @param productType may be sent in lower case.
 */
public record CopyFuturesFollowerHistoryOrder(
        String trackingNo,
        @SerializedName("posSide") String posSideRaw,
        BigDecimal openLeverage,
        BigDecimal openSize,
        @Nullable BigDecimal closeSize,
        BigDecimal openPriceAvg,
        @Nullable BigDecimal closePriceAvg,
        @Nullable BigDecimal achievedPL,
        @Nullable BigDecimal openFee,
        @Nullable BigDecimal closeFee,
        String symbol,
        @Nullable BigDecimal profitRate,
        @Nullable BigDecimal netProfit,
        String openOrderId,
        @Nullable String closeOrderId,
        Instant openTime,
        @Nullable Instant closeTime,
        String traderId,
        @Nullable String productType) {

    /**
     * The posSide.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #posSideRaw()} has the text as sent)
     */
    public FuturesHoldSide posSide() {
        return FuturesHoldSide.fromWire(posSideRaw);
    }
}
