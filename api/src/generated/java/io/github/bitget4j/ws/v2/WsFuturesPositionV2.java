// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v2.futures.FuturesHoldSide;
import io.github.bitget4j.model.v2.futures.FuturesPosMode;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One open futures position.
 *
 * @param posId posId
 * @param instId instId
 * @param marginCoin marginCoin
 * @param marginSize marginSize
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param holdSideRaw the text Bitget sent for holdSide; read it as an enum with {@link #holdSide()}.
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param total total
 * @param available available
 * @param frozen frozen
 * @param openPriceAvg openPriceAvg
 * @param leverage leverage
 * @param achievedProfits achievedProfits
 * @param unrealizedPL unrealizedPL
 * @param unrealizedPLR unrealizedPLR
 * @param liquidationPrice liquidationPrice
 * @param keepMarginRate keepMarginRate
 * @param marginRate marginRate
 * @param breakEvenPrice breakEvenPrice
 * @param totalFee totalFee
 * @param deductedFee deductedFee
 * @param autoMargin autoMargin
 * @param assetMode assetMode
 * @param cTime cTime
 * @param uTime uTime
 */
public record WsFuturesPositionV2(
        @Nullable String posId,
        String instId,
        String marginCoin,
        @Nullable BigDecimal marginSize,
        @SerializedName("marginMode") String marginModeRaw,
        @SerializedName("holdSide") String holdSideRaw,
        @SerializedName("posMode") @Nullable String posModeRaw,
        BigDecimal total,
        @Nullable BigDecimal available,
        @Nullable BigDecimal frozen,
        BigDecimal openPriceAvg,
        BigDecimal leverage,
        @Nullable BigDecimal achievedProfits,
        @Nullable BigDecimal unrealizedPL,
        @Nullable BigDecimal unrealizedPLR,
        @Nullable BigDecimal liquidationPrice,
        @Nullable BigDecimal keepMarginRate,
        @Nullable BigDecimal marginRate,
        @Nullable BigDecimal breakEvenPrice,
        @Nullable BigDecimal totalFee,
        @Nullable BigDecimal deductedFee,
        @Nullable String autoMargin,
        @Nullable String assetMode,
        Instant cTime,
        Instant uTime) {

    /**
     * The marginMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #marginModeRaw()} has the text as sent.
     */
    public MarginMode marginMode() {
        return MarginMode.fromWire(marginModeRaw);
    }

    /**
     * The holdSide. {@code UNKNOWN} when this SDK version does not know the value; {@link #holdSideRaw()} has the text as sent.
     */
    public FuturesHoldSide holdSide() {
        return FuturesHoldSide.fromWire(holdSideRaw);
    }

    /**
     * The posMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #posModeRaw()} has the text as sent.
     */
    public @Nullable FuturesPosMode posMode() {
        return posModeRaw == null ? null : FuturesPosMode.fromWire(posModeRaw);
    }
}
