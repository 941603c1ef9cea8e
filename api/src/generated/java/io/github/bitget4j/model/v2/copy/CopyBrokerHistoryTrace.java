// Generated from codegen/model/v2/copy-broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v2.futures.FuturesHoldSide;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A trader's closed tracked order.
 *
 * @param trackingNo tracking no ({@code trackingNo})
 * @param openOrderId open order id ({@code openOrderId})
 * @param closeOrderId close order id ({@code closeOrderId})
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param symbol symbol ({@code symbol})
 * @param openLeverage open leverage ({@code openLeverage})
 * @param openPriceAvg older docs name it openAvgPrice.
 * @param openTime open time ({@code openTime})
 * @param openSize open size ({@code openSize})
 * @param closePriceAvg older docs name it closeAvgPrice.
 * @param closeTime close time ({@code closeTime})
 * @param closeSize close size ({@code closeSize})
 * @param openFee open fee ({@code openFee})
 * @param closeFee close fee ({@code closeFee})
 * @param marginAmount margin amount ({@code marginAmount})
 * @param followCount follow count ({@code followCount})
 * @param cTime c time ({@code cTime})
 */
public record CopyBrokerHistoryTrace(
        String trackingNo,
        String openOrderId,
        @Nullable String closeOrderId,
        @SerializedName("marginMode") @Nullable String marginModeRaw,
        @SerializedName("posSide") String posSideRaw,
        String symbol,
        BigDecimal openLeverage,
        @Nullable BigDecimal openPriceAvg,
        Instant openTime,
        BigDecimal openSize,
        @Nullable BigDecimal closePriceAvg,
        @Nullable Instant closeTime,
        @Nullable BigDecimal closeSize,
        @Nullable BigDecimal openFee,
        @Nullable BigDecimal closeFee,
        @Nullable BigDecimal marginAmount,
        @Nullable Integer followCount,
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
