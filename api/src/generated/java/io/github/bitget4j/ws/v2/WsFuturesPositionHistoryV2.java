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
 * @param posId pos id ({@code posId})
 * @param instId inst id ({@code instId})
 * @param marginCoin margin coin ({@code marginCoin})
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param holdSideRaw the text Bitget sent for holdSide; read it as an enum with {@link #holdSide()}.
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param openPriceAvg open price avg ({@code openPriceAvg})
 * @param closePriceAvg close price avg ({@code closePriceAvg})
 * @param openSize open size ({@code openSize})
 * @param closeSize close size ({@code closeSize})
 * @param achievedProfits achieved profits ({@code achievedProfits})
 * @param settleFee settle fee ({@code settleFee})
 * @param openFee open fee ({@code openFee})
 * @param closeFee close fee ({@code closeFee})
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
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
     * The marginMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #marginModeRaw()} has the text as sent)
     */
    public @Nullable MarginMode marginMode() {
        return marginModeRaw == null ? null : MarginMode.fromWire(marginModeRaw);
    }

    /**
     * The holdSide.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #holdSideRaw()} has the text as sent)
     */
    public FuturesHoldSide holdSide() {
        return FuturesHoldSide.fromWire(holdSideRaw);
    }

    /**
     * The posMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #posModeRaw()} has the text as sent)
     */
    public @Nullable FuturesPosMode posMode() {
        return posModeRaw == null ? null : FuturesPosMode.fromWire(posModeRaw);
    }
}
