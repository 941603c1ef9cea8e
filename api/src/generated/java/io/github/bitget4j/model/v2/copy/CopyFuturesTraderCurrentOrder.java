// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v2.futures.FuturesHoldSide;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An open futures order that followers copy.
 *
 * @param trackingNo tracking number of the copied order.
 * @param openOrderId id of the opening order.
 * @param symbol symbol ({@code symbol})
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param openLeverage open leverage ({@code openLeverage})
 * @param openPriceAvg average opening price.
 * @param openTime open time ({@code openTime})
 * @param openSize opened quantity, base coin.
 * @param presetStopSurplusPrice take-profit price.
 * @param presetStopLossPrice stop-loss price.
 * @param openFee open fee ({@code openFee})
 * @param followCount followers copying this order.
 */
public record CopyFuturesTraderCurrentOrder(
        String trackingNo,
        String openOrderId,
        String symbol,
        @SerializedName("posSide") String posSideRaw,
        BigDecimal openLeverage,
        BigDecimal openPriceAvg,
        Instant openTime,
        BigDecimal openSize,
        @Nullable BigDecimal presetStopSurplusPrice,
        @Nullable BigDecimal presetStopLossPrice,
        @Nullable BigDecimal openFee,
        @Nullable Integer followCount) {

    /**
     * long or short.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #posSideRaw()} has the text as sent)
     */
    public FuturesHoldSide posSide() {
        return FuturesHoldSide.fromWire(posSideRaw);
    }
}
