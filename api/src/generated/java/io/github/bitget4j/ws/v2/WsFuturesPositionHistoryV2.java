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
 * A closed futures position.
 *
 * @param posId posId
 * @param instId instId
 * @param marginCoin marginCoin
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param holdSideRaw the text Bitget sent for holdSide; read it as an enum with {@link #holdSide()}.
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param openPriceAvg openPriceAvg
 * @param closePriceAvg closePriceAvg
 * @param openSize openSize
 * @param closeSize closeSize
 * @param achievedProfits achievedProfits
 * @param settleFee settleFee
 * @param openFee openFee
 * @param closeFee closeFee
 * @param cTime cTime
 * @param uTime uTime
 */
public record WsFuturesPositionHistoryV2(
        String posId,
        String instId,
        String marginCoin,
        @SerializedName("marginMode") @Nullable String marginModeRaw,
        @SerializedName("holdSide") String holdSideRaw,
        @SerializedName("posMode") @Nullable String posModeRaw,
        @Nullable BigDecimal openPriceAvg,
        @Nullable BigDecimal closePriceAvg,
        @Nullable BigDecimal openSize,
        @Nullable BigDecimal closeSize,
        @Nullable BigDecimal achievedProfits,
        @Nullable BigDecimal settleFee,
        @Nullable BigDecimal openFee,
        @Nullable BigDecimal closeFee,
        Instant cTime,
        Instant uTime) {

    /**
     * The marginMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #marginModeRaw()} has the text as sent.
     */
    public @Nullable MarginMode marginMode() {
        return marginModeRaw == null ? null : MarginMode.fromWire(marginModeRaw);
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
