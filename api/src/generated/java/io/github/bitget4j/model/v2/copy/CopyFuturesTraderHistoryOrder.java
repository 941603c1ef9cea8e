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
 * @param trackingNo trackingNo
 * @param symbol symbol
 * @param openOrderId openOrderId
 * @param closeOrderId closeOrderId
 * @param productType sent in lower case, e.g. usdt-futures.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param openLeverage openLeverage
 * @param openPriceAvg openPriceAvg
 * @param openTime openTime
 * @param openSize openSize
 * @param closeSize closeSize
 * @param closeTime closeTime
 * @param closePriceAvg closePriceAvg
 * @param stopType how the order was closed.
 * @param achievedPL realised profit and loss.
 * @param openFee openFee
 * @param closeFee closeFee
 * @param cTime cTime
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
     * The posSide. {@code UNKNOWN} when this SDK version does not know the value; {@link #posSideRaw()} has the text as sent.
     */
    public FuturesHoldSide posSide() {
        return FuturesHoldSide.fromWire(posSideRaw);
    }
}
