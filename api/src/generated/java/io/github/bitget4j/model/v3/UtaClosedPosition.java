// Generated from codegen/model/v3/position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One closed futures position of a unified trading account.
 *
 * @param positionId Bitget's position id.
 * @param category e.g. USDT-FUTURES.
 * @param symbol e.g. BTCUSDT.
 * @param marginCoin e.g. USDT.
 * @param holdMode one_way_mode or hedge_mode.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param openPriceAvg average entry price.
 * @param closePriceAvg average exit price.
 * @param openTotalPos total quantity opened.
 * @param closeTotalPos total quantity closed.
 * @param cumRealisedPnl realised profit and loss before fees and funding.
 * @param netProfit profit after fees and funding.
 * @param totalFunding funding fees paid or received.
 * @param openFeeTotal opening fees (negative: paid).
 * @param closeFeeTotal closing fees (negative: paid).
 * @param cashDividend cash dividend received, in USDT (stock contracts).
 * @param createdTime when the position was opened.
 * @param updatedTime when it was last changed (closed).
 */
public record UtaClosedPosition(
        String positionId,
        String category,
        String symbol,
        String marginCoin,
        @Nullable String holdMode,
        @SerializedName("posSide") String posSideRaw,
        @SerializedName("marginMode") @Nullable String marginModeRaw,
        @Nullable BigDecimal openPriceAvg,
        @Nullable BigDecimal closePriceAvg,
        @Nullable BigDecimal openTotalPos,
        @Nullable BigDecimal closeTotalPos,
        @Nullable BigDecimal cumRealisedPnl,
        @Nullable BigDecimal netProfit,
        @Nullable BigDecimal totalFunding,
        @Nullable BigDecimal openFeeTotal,
        @Nullable BigDecimal closeFeeTotal,
        @Nullable BigDecimal cashDividend,
        Instant createdTime,
        @Nullable Instant updatedTime) {

    /**
     * long or short.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #posSideRaw()} has the text as sent)
     */
    public PositionSide posSide() {
        return PositionSide.fromWire(posSideRaw);
    }

    /**
     * crossed or isolated.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #marginModeRaw()} has the text as sent)
     */
    public @Nullable MarginMode marginMode() {
        return marginModeRaw == null ? null : MarginMode.fromWire(marginModeRaw);
    }
}
