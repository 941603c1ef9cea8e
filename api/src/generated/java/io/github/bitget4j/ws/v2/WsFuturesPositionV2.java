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
 * @param posId pos id ({@code posId})
 * @param instId inst id ({@code instId})
 * @param marginCoin margin coin ({@code marginCoin})
 * @param marginSize margin size ({@code marginSize})
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param holdSideRaw the text Bitget sent for holdSide; read it as an enum with {@link #holdSide()}.
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param total total ({@code total})
 * @param available available ({@code available})
 * @param frozen frozen ({@code frozen})
 * @param openPriceAvg open price avg ({@code openPriceAvg})
 * @param leverage leverage ({@code leverage})
 * @param achievedProfits achieved profits ({@code achievedProfits})
 * @param unrealizedPL unrealized pl ({@code unrealizedPL})
 * @param unrealizedPLR unrealized plr ({@code unrealizedPLR})
 * @param liquidationPrice liquidation price ({@code liquidationPrice})
 * @param keepMarginRate keep margin rate ({@code keepMarginRate})
 * @param marginRate margin rate ({@code marginRate})
 * @param breakEvenPrice break even price ({@code breakEvenPrice})
 * @param totalFee total fee ({@code totalFee})
 * @param deductedFee deducted fee ({@code deductedFee})
 * @param autoMargin auto margin ({@code autoMargin})
 * @param assetMode asset mode ({@code assetMode})
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
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
     * The marginMode.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #marginModeRaw()} has the text as sent)
     */
    public MarginMode marginMode() {
        return MarginMode.fromWire(marginModeRaw);
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
