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
 * @param symbol symbol ({@code symbol})
 * @param marginCoin margin coin ({@code marginCoin})
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param holdMode hold mode ({@code holdMode})
 * @param size size ({@code size})
 * @param available available ({@code available})
 * @param frozen frozen ({@code frozen})
 * @param avgPrice avg price ({@code avgPrice})
 * @param leverage leverage ({@code leverage})
 * @param positionBalance position balance ({@code positionBalance})
 * @param unrealisedPnl unrealised pnl ({@code unrealisedPnl})
 * @param curRealisedPnl cur realised pnl ({@code curRealisedPnl})
 * @param liqPrice liq price ({@code liqPrice})
 * @param markPrice mark price ({@code markPrice})
 * @param breakEvenPrice break even price ({@code breakEvenPrice})
 * @param totalFee total fee ({@code totalFee})
 * @param mmr mmr ({@code mmr})
 * @param imr imr ({@code imr})
 * @param createdTime created time ({@code createdTime})
 * @param updatedTime updated time ({@code updatedTime})
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
     * The marginMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #marginModeRaw()} has the text as sent)
     */
    public @Nullable MarginMode marginMode() {
        return marginModeRaw == null ? null : MarginMode.fromWire(marginModeRaw);
    }

    /**
     * The posSide.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #posSideRaw()} has the text as sent)
     */
    public PositionSide posSide() {
        return PositionSide.fromWire(posSideRaw);
    }
}
