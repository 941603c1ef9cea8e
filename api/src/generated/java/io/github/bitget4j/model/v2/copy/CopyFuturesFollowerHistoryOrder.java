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
 * @param trackingNo trackingNo
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param openLeverage openLeverage
 * @param openSize openSize
 * @param closeSize closeSize
 * @param openPriceAvg openPriceAvg
 * @param closePriceAvg closePriceAvg
 * @param achievedPL realised profit and loss.
 * @param openFee openFee
 * @param closeFee closeFee
 * @param symbol symbol
 * @param profitRate return, percent.
 * @param netProfit profit after fees and profit share.
 * @param openOrderId openOrderId
 * @param closeOrderId closeOrderId
 * @param openTime openTime
 * @param closeTime closeTime
 * @param traderId traderId
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
     * The posSide. {@code UNKNOWN} when this SDK version does not know the value; {@link #posSideRaw()} has the text as sent.
     */
    public FuturesHoldSide posSide() {
        return FuturesHoldSide.fromWire(posSideRaw);
    }
}
