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
 * @param symbol symbol
 * @param size size
 * @param orderId orderId
 * @param clientOid clientOid
 * @param baseVolume baseVolume
 * @param fee fee
 * @param price price
 * @param priceAvg priceAvg
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param forceRaw the text Bitget sent for force; read it as an enum with {@link #force()}.
 * @param totalProfits totalProfits
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param marginCoin marginCoin
 * @param quoteVolume quoteVolume
 * @param leverage leverage
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param enterPointSource enterPointSource
 * @param tradeSideRaw the text Bitget sent for tradeSide; read it as an enum with {@link #tradeSide()}.
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param reduceOnlyRaw the text Bitget sent for reduceOnly; read it as an enum with {@link #reduceOnly()}.
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param orderSourceRaw the text Bitget sent for orderSource; read it as an enum with {@link #orderSource()}.
 * @param cTime cTime
 * @param uTime uTime
 * @param presetStopSurplusPrice presetStopSurplusPrice
 * @param presetStopSurplusTypeRaw the text Bitget sent for presetStopSurplusType; read it as an enum with {@link #presetStopSurplusType()}.
 * @param presetStopSurplusExecutePrice presetStopSurplusExecutePrice
 * @param presetStopLossPrice presetStopLossPrice
 * @param presetStopLossTypeRaw the text Bitget sent for presetStopLossType; read it as an enum with {@link #presetStopLossType()}.
 * @param presetStopLossExecutePrice presetStopLossExecutePrice
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
     * The status. {@code UNKNOWN} when this SDK version does not know the value; {@link #statusRaw()} has the text as sent.
     */
    public FuturesOrderStatus status() {
        return FuturesOrderStatus.fromWire(statusRaw);
    }

    /**
     * The side. {@code UNKNOWN} when this SDK version does not know the value; {@link #sideRaw()} has the text as sent.
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }

    /**
     * The force. {@code UNKNOWN} when this SDK version does not know the value; {@link #forceRaw()} has the text as sent.
     */
    public @Nullable TimeInForce force() {
        return forceRaw == null ? null : TimeInForce.fromWire(forceRaw);
    }

    /**
     * The posSide. {@code UNKNOWN} when this SDK version does not know the value; {@link #posSideRaw()} has the text as sent.
     */
    public @Nullable FuturesPosSide posSide() {
        return posSideRaw == null ? null : FuturesPosSide.fromWire(posSideRaw);
    }

    /**
     * The marginMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #marginModeRaw()} has the text as sent.
     */
    public @Nullable MarginMode marginMode() {
        return marginModeRaw == null ? null : MarginMode.fromWire(marginModeRaw);
    }

    /**
     * The tradeSide. {@code UNKNOWN} when this SDK version does not know the value; {@link #tradeSideRaw()} has the text as sent.
     */
    public @Nullable FuturesFillTradeSide tradeSide() {
        return tradeSideRaw == null ? null : FuturesFillTradeSide.fromWire(tradeSideRaw);
    }

    /**
     * The posMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #posModeRaw()} has the text as sent.
     */
    public @Nullable FuturesPosMode posMode() {
        return posModeRaw == null ? null : FuturesPosMode.fromWire(posModeRaw);
    }

    /**
     * one-way mode: YES or NO. {@code UNKNOWN} when this SDK version does not know the value; {@link #reduceOnlyRaw()} has the text as sent.
     */
    public @Nullable FuturesReduceOnly reduceOnly() {
        return reduceOnlyRaw == null ? null : FuturesReduceOnly.fromWire(reduceOnlyRaw);
    }

    /**
     * The orderType. {@code UNKNOWN} when this SDK version does not know the value; {@link #orderTypeRaw()} has the text as sent.
     */
    public OrderType orderType() {
        return OrderType.fromWire(orderTypeRaw);
    }

    /**
     * The orderSource. {@code UNKNOWN} when this SDK version does not know the value; {@link #orderSourceRaw()} has the text as sent.
     */
    public @Nullable FuturesOrderSource orderSource() {
        return orderSourceRaw == null ? null : FuturesOrderSource.fromWire(orderSourceRaw);
    }

    /**
     * The presetStopSurplusType. {@code UNKNOWN} when this SDK version does not know the value; {@link #presetStopSurplusTypeRaw()} has the text as sent.
     */
    public @Nullable FuturesTriggerType presetStopSurplusType() {
        return presetStopSurplusTypeRaw == null ? null : FuturesTriggerType.fromWire(presetStopSurplusTypeRaw);
    }

    /**
     * The presetStopLossType. {@code UNKNOWN} when this SDK version does not know the value; {@link #presetStopLossTypeRaw()} has the text as sent.
     */
    public @Nullable FuturesTriggerType presetStopLossType() {
        return presetStopLossTypeRaw == null ? null : FuturesTriggerType.fromWire(presetStopLossTypeRaw);
    }
}
