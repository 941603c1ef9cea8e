// Generated from codegen/model/v2/futures-position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A closed futures position.
 *
 * @param positionId position id ({@code positionId})
 * @param marginCoin margin coin ({@code marginCoin})
 * @param symbol symbol ({@code symbol})
 * @param holdSideRaw the text Bitget sent for holdSide; read it as an enum with {@link #holdSide()}.
 * @param openAvgPrice open avg price ({@code openAvgPrice})
 * @param closeAvgPrice close avg price ({@code closeAvgPrice})
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param openTotalPos total size opened.
 * @param closeTotalPos total size closed.
 * @param pnl realised PnL before fees and funding.
 * @param netProfit after fees and funding.
 * @param totalFunding total funding ({@code totalFunding})
 * @param openFee open fee ({@code openFee})
 * @param closeFee close fee ({@code closeFee})
 * @param cashDividend cash dividend ({@code cashDividend})
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record FuturesHistoricPosition(
        @Nullable String positionId,
        String marginCoin,
        String symbol,
        @SerializedName("holdSide") String holdSideRaw,
        BigDecimal openAvgPrice,
        @Nullable BigDecimal closeAvgPrice,
        @SerializedName("marginMode") @Nullable String marginModeRaw,
        BigDecimal openTotalPos,
        @Nullable BigDecimal closeTotalPos,
        @Nullable BigDecimal pnl,
        @Nullable BigDecimal netProfit,
        @Nullable BigDecimal totalFunding,
        @Nullable BigDecimal openFee,
        @Nullable BigDecimal closeFee,
        @Nullable BigDecimal cashDividend,
        Instant cTime,
        @Nullable Instant uTime) {

    /**
     * The holdSide.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #holdSideRaw()} has the text as sent)
     */
    public FuturesHoldSide holdSide() {
        return FuturesHoldSide.fromWire(holdSideRaw);
    }

    /**
     * The marginMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #marginModeRaw()} has the text as sent)
     */
    public @Nullable MarginMode marginMode() {
        return marginModeRaw == null ? null : MarginMode.fromWire(marginModeRaw);
    }
}
