// Generated from codegen/model/v3/position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One open futures position of a unified trading account.
 *
 * @param category e.g. USDT-FUTURES.
 * @param symbol e.g. BTCUSDT.
 * @param marginCoin e.g. USDT.
 * @param holdMode one_way_mode or hedge_mode.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param positionBalance margin of the position, in the margin coin.
 * @param available quantity that can be closed.
 * @param frozen quantity held by close orders.
 * @param total position size in the base coin.
 * @param leverage leverage ({@code leverage})
 * @param curRealisedPnl realised profit and loss so far.
 * @param avgPrice average entry price.
 * @param positionStatus e.g. normal.
 * @param unrealisedPnl unrealised profit and loss.
 * @param liquidationPrice estimated liquidation price; 0 when there is none.
 * @param mmr maintenance margin ratio.
 * @param profitRate return on margin, as a ratio.
 * @param markPrice current mark price.
 * @param breakEvenPrice price at which closing breaks even.
 * @param totalFunding funding fees paid or received.
 * @param openFeeTotal opening fees (negative: paid).
 * @param closeFeeTotal closing fees (negative: paid).
 * @param cashDividend cash dividend received, in USDT (stock contracts).
 * @param createdTime when the position was opened.
 * @param updatedTime last change.
 */
public record UtaPosition(
        String category,
        String symbol,
        String marginCoin,
        @Nullable String holdMode,
        @SerializedName("posSide") String posSideRaw,
        @SerializedName("marginMode") @Nullable String marginModeRaw,
        @Nullable BigDecimal positionBalance,
        @Nullable BigDecimal available,
        @Nullable BigDecimal frozen,
        BigDecimal total,
        @Nullable BigDecimal leverage,
        @Nullable BigDecimal curRealisedPnl,
        @Nullable BigDecimal avgPrice,
        @Nullable String positionStatus,
        @Nullable BigDecimal unrealisedPnl,
        @Nullable BigDecimal liquidationPrice,
        @Nullable BigDecimal mmr,
        @Nullable BigDecimal profitRate,
        @Nullable BigDecimal markPrice,
        @Nullable BigDecimal breakEvenPrice,
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
