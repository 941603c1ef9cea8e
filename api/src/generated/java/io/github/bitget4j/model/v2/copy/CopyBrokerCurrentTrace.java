// Generated from codegen/model/v2/copy-broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v2.futures.FuturesHoldSide;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A trader's open tracked order.
 *
 * @param trackingNo tracking no ({@code trackingNo})
 * @param openOrderId open order id ({@code openOrderId})
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param symbol symbol ({@code symbol})
 * @param openLeverage open leverage ({@code openLeverage})
 * @param openPriceAvg open price avg ({@code openPriceAvg})
 * @param openTime open time ({@code openTime})
 * @param openSize open size ({@code openSize})
 * @param openFee open fee ({@code openFee})
 * @param marginAmount margin amount ({@code marginAmount})
 * @param followCount follow count ({@code followCount})
 * @param stopSurplusPrice stop surplus price ({@code stopSurplusPrice})
 * @param stopLossPrice stop loss price ({@code stopLossPrice})
 * @param cTime c time ({@code cTime})
 */
public record CopyBrokerCurrentTrace(
        String trackingNo,
        String openOrderId,
        @SerializedName("marginMode") @Nullable String marginModeRaw,
        @SerializedName("posSide") String posSideRaw,
        String symbol,
        BigDecimal openLeverage,
        BigDecimal openPriceAvg,
        Instant openTime,
        BigDecimal openSize,
        @Nullable BigDecimal openFee,
        @Nullable BigDecimal marginAmount,
        @Nullable Integer followCount,
        @Nullable BigDecimal stopSurplusPrice,
        @Nullable BigDecimal stopLossPrice,
        @Nullable Instant cTime) {

    /**
     * The marginMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #marginModeRaw()} has the text as sent)
     */
    public @Nullable CopyMarginMode marginMode() {
        return marginModeRaw == null ? null : CopyMarginMode.fromWire(marginModeRaw);
    }

    /**
     * The posSide.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #posSideRaw()} has the text as sent)
     */
    public FuturesHoldSide posSide() {
        return FuturesHoldSide.fromWire(posSideRaw);
    }
}
