// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v3.MarginMode;
import io.github.bitget4j.model.v3.PositionSide;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One futures position of the unified account.
 *
 * @param category spot, usdt-futures, ...
 * @param symbol symbol
 * @param marginCoin marginCoin
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param holdMode holdMode
 * @param size size
 * @param available available
 * @param frozen frozen
 * @param avgPrice avgPrice
 * @param leverage leverage
 * @param positionBalance positionBalance
 * @param unrealisedPnl unrealisedPnl
 * @param curRealisedPnl curRealisedPnl
 * @param liqPrice liqPrice
 * @param markPrice markPrice
 * @param breakEvenPrice breakEvenPrice
 * @param totalFee totalFee
 * @param mmr mmr
 * @param imr imr
 * @param createdTime createdTime
 * @param updatedTime updatedTime
 */
public record WsPositionV3(
        String category,
        String symbol,
        @Nullable String marginCoin,
        @SerializedName("marginMode") @Nullable String marginModeRaw,
        @SerializedName("posSide") String posSideRaw,
        @Nullable String holdMode,
        BigDecimal size,
        @Nullable BigDecimal available,
        @Nullable BigDecimal frozen,
        BigDecimal avgPrice,
        @Nullable BigDecimal leverage,
        @Nullable BigDecimal positionBalance,
        @Nullable BigDecimal unrealisedPnl,
        @Nullable BigDecimal curRealisedPnl,
        @Nullable BigDecimal liqPrice,
        @Nullable BigDecimal markPrice,
        @Nullable BigDecimal breakEvenPrice,
        @Nullable BigDecimal totalFee,
        @Nullable BigDecimal mmr,
        @Nullable BigDecimal imr,
        Instant createdTime,
        Instant updatedTime) {

    /**
     * The marginMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #marginModeRaw()} has the text as sent.
     */
    public @Nullable MarginMode marginMode() {
        return marginModeRaw == null ? null : MarginMode.fromWire(marginModeRaw);
    }

    /**
     * The posSide. {@code UNKNOWN} when this SDK version does not know the value; {@link #posSideRaw()} has the text as sent.
     */
    public PositionSide posSide() {
        return PositionSide.fromWire(posSideRaw);
    }
}
