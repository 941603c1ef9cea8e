// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A futures order still in the book.
 *
 * @param symbol symbol ({@code symbol})
 * @param size size ({@code size})
 * @param orderId order id ({@code orderId})
 * @param clientOid client oid ({@code clientOid})
 * @param baseVolume base volume ({@code baseVolume})
 * @param fee fee ({@code fee})
 * @param price price ({@code price})
 * @param priceAvg price avg ({@code priceAvg})
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param forceRaw the text Bitget sent for force; read it as an enum with {@link #force()}.
 * @param totalProfits total profits ({@code totalProfits})
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param marginCoin margin coin ({@code marginCoin})
 * @param quoteVolume quote volume ({@code quoteVolume})
 * @param leverage leverage ({@code leverage})
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param enterPointSource enter point source ({@code enterPointSource})
 * @param tradeSideRaw the text Bitget sent for tradeSide; read it as an enum with {@link #tradeSide()}.
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param reduceOnlyRaw the text Bitget sent for reduceOnly; read it as an enum with {@link #reduceOnly()}.
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param orderSourceRaw the text Bitget sent for orderSource; read it as an enum with {@link #orderSource()}.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 * @param presetStopSurplusPrice preset stop surplus price ({@code presetStopSurplusPrice})
 * @param presetStopSurplusTypeRaw the text Bitget sent for presetStopSurplusType; read it as an enum with {@link #presetStopSurplusType()}.
 * @param presetStopSurplusExecutePrice preset stop surplus execute price ({@code presetStopSurplusExecutePrice})
 * @param presetStopLossPrice preset stop loss price ({@code presetStopLossPrice})
 * @param presetStopLossTypeRaw the text Bitget sent for presetStopLossType; read it as an enum with {@link #presetStopLossType()}.
 * @param presetStopLossExecutePrice preset stop loss execute price ({@code presetStopLossExecutePrice})
 */
public record FuturesOpenOrder(
        String symbol,
        BigDecimal size,
        String orderId,
        @Nullable String clientOid,
        @Nullable BigDecimal baseVolume,
        @Nullable BigDecimal fee,
        @Nullable BigDecimal price,
        @Nullable BigDecimal priceAvg,
        @SerializedName("status") String statusRaw,
        @SerializedName("side") String sideRaw,
        @SerializedName("force") @Nullable String forceRaw,
        @Nullable BigDecimal totalProfits,
        @SerializedName("posSide") @Nullable String posSideRaw,
        String marginCoin,
        @Nullable BigDecimal quoteVolume,
        @Nullable BigDecimal leverage,
        @SerializedName("marginMode") @Nullable String marginModeRaw,
        @Nullable String enterPointSource,
        @SerializedName("tradeSide") @Nullable String tradeSideRaw,
        @SerializedName("posMode") @Nullable String posModeRaw,
        @SerializedName("reduceOnly") @Nullable String reduceOnlyRaw,
        @SerializedName("orderType") String orderTypeRaw,
        @SerializedName("orderSource") @Nullable String orderSourceRaw,
        Instant cTime,
        @Nullable Instant uTime,
        @Nullable BigDecimal presetStopSurplusPrice,
        @SerializedName("presetStopSurplusType") @Nullable String presetStopSurplusTypeRaw,
        @Nullable BigDecimal presetStopSurplusExecutePrice,
        @Nullable BigDecimal presetStopLossPrice,
        @SerializedName("presetStopLossType") @Nullable String presetStopLossTypeRaw,
        @Nullable BigDecimal presetStopLossExecutePrice) {

    /**
     * The status.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #statusRaw()} has the text as sent)
     */
    public FuturesOrderStatus status() {
        return FuturesOrderStatus.fromWire(statusRaw);
    }

    /**
     * The side.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }

    /**
     * The force.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #forceRaw()} has the text as sent)
     */
    public @Nullable TimeInForce force() {
        return forceRaw == null ? null : TimeInForce.fromWire(forceRaw);
    }

    /**
     * The posSide.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #posSideRaw()} has the text as sent)
     */
    public @Nullable FuturesPosSide posSide() {
        return posSideRaw == null ? null : FuturesPosSide.fromWire(posSideRaw);
    }

    /**
     * The marginMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #marginModeRaw()} has the text as sent)
     */
    public @Nullable MarginMode marginMode() {
        return marginModeRaw == null ? null : MarginMode.fromWire(marginModeRaw);
    }

    /**
     * The tradeSide.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #tradeSideRaw()} has the text as sent)
     */
    public @Nullable FuturesFillTradeSide tradeSide() {
        return tradeSideRaw == null ? null : FuturesFillTradeSide.fromWire(tradeSideRaw);
    }

    /**
     * The posMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #posModeRaw()} has the text as sent)
     */
    public @Nullable FuturesPosMode posMode() {
        return posModeRaw == null ? null : FuturesPosMode.fromWire(posModeRaw);
    }

    /**
     * one-way mode: YES or NO.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #reduceOnlyRaw()} has the text as sent)
     */
    public @Nullable FuturesReduceOnly reduceOnly() {
        return reduceOnlyRaw == null ? null : FuturesReduceOnly.fromWire(reduceOnlyRaw);
    }

    /**
     * The orderType.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #orderTypeRaw()} has the text as sent)
     */
    public OrderType orderType() {
        return OrderType.fromWire(orderTypeRaw);
    }

    /**
     * The orderSource.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #orderSourceRaw()} has the text as sent)
     */
    public @Nullable FuturesOrderSource orderSource() {
        return orderSourceRaw == null ? null : FuturesOrderSource.fromWire(orderSourceRaw);
    }

    /**
     * The presetStopSurplusType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #presetStopSurplusTypeRaw()} has the text as sent)
     */
    public @Nullable FuturesTriggerType presetStopSurplusType() {
        return presetStopSurplusTypeRaw == null ? null : FuturesTriggerType.fromWire(presetStopSurplusTypeRaw);
    }

    /**
     * The presetStopLossType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #presetStopLossTypeRaw()} has the text as sent)
     */
    public @Nullable FuturesTriggerType presetStopLossType() {
        return presetStopLossTypeRaw == null ? null : FuturesTriggerType.fromWire(presetStopLossTypeRaw);
    }
}
