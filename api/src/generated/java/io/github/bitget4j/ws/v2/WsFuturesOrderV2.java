// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.StpMode;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.futures.FuturesFillTradeSide;
import io.github.bitget4j.model.v2.futures.FuturesOrderStatus;
import io.github.bitget4j.model.v2.futures.FuturesPosMode;
import io.github.bitget4j.model.v2.futures.FuturesPosSide;
import io.github.bitget4j.model.v2.futures.FuturesTradeScope;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A futures order, with the details of a fill when the push is for one.
 *
 * @param instId instId
 * @param orderId orderId
 * @param clientOid clientOid
 * @param price price
 * @param size size
 * @param notionalUsd notionalUsd
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param forceRaw the text Bitget sent for force; read it as an enum with {@link #force()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param marginCoin marginCoin
 * @param leverage leverage
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param tradeSideRaw the text Bitget sent for tradeSide; read it as an enum with {@link #tradeSide()}.
 * @param reduceOnly reduceOnly
 * @param fillPrice fillPrice
 * @param tradeId tradeId
 * @param baseVolume size of this fill.
 * @param fillTime fillTime
 * @param fillFee fillFee
 * @param fillFeeCoin fillFeeCoin
 * @param fillNotionalUsd fillNotionalUsd
 * @param tradeScopeRaw the text Bitget sent for tradeScope; read it as an enum with {@link #tradeScope()}.
 * @param accBaseVolume filled so far.
 * @param priceAvg priceAvg
 * @param pnl pnl
 * @param totalProfits totalProfits
 * @param presetStopSurplusPrice presetStopSurplusPrice
 * @param presetStopLossPrice presetStopLossPrice
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param cTime cTime
 * @param uTime uTime
 * @param stpModeRaw the text Bitget sent for stpMode; read it as an enum with {@link #stpMode()}.
 * @param feeDetail feeDetail
 * @param enterPointSource enterPointSource
 */
public record WsFuturesOrderV2(
        String instId,
        String orderId,
        @Nullable String clientOid,
        @Nullable BigDecimal price,
        BigDecimal size,
        @Nullable BigDecimal notionalUsd,
        @SerializedName("orderType") String orderTypeRaw,
        @SerializedName("force") @Nullable String forceRaw,
        @SerializedName("side") String sideRaw,
        @SerializedName("posSide") @Nullable String posSideRaw,
        @SerializedName("marginMode") @Nullable String marginModeRaw,
        @Nullable String marginCoin,
        @Nullable BigDecimal leverage,
        @SerializedName("posMode") @Nullable String posModeRaw,
        @SerializedName("tradeSide") @Nullable String tradeSideRaw,
        @Nullable String reduceOnly,
        @Nullable BigDecimal fillPrice,
        @Nullable String tradeId,
        @Nullable BigDecimal baseVolume,
        @Nullable Instant fillTime,
        @Nullable BigDecimal fillFee,
        @Nullable String fillFeeCoin,
        @Nullable BigDecimal fillNotionalUsd,
        @SerializedName("tradeScope") @Nullable String tradeScopeRaw,
        @Nullable BigDecimal accBaseVolume,
        @Nullable BigDecimal priceAvg,
        @Nullable BigDecimal pnl,
        @Nullable BigDecimal totalProfits,
        @Nullable BigDecimal presetStopSurplusPrice,
        @Nullable BigDecimal presetStopLossPrice,
        @SerializedName("status") String statusRaw,
        Instant cTime,
        Instant uTime,
        @SerializedName("stpMode") @Nullable String stpModeRaw,
        @Nullable List<WsFeeDetail> feeDetail,
        @Nullable String enterPointSource) {

    /**
     * The orderType. {@code UNKNOWN} when this SDK version does not know the value; {@link #orderTypeRaw()} has the text as sent.
     */
    public OrderType orderType() {
        return OrderType.fromWire(orderTypeRaw);
    }

    /**
     * The force. {@code UNKNOWN} when this SDK version does not know the value; {@link #forceRaw()} has the text as sent.
     */
    public @Nullable TimeInForce force() {
        return forceRaw == null ? null : TimeInForce.fromWire(forceRaw);
    }

    /**
     * The side. {@code UNKNOWN} when this SDK version does not know the value; {@link #sideRaw()} has the text as sent.
     */
    public Side side() {
        return Side.fromWire(sideRaw);
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
     * The posMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #posModeRaw()} has the text as sent.
     */
    public @Nullable FuturesPosMode posMode() {
        return posModeRaw == null ? null : FuturesPosMode.fromWire(posModeRaw);
    }

    /**
     * The tradeSide. {@code UNKNOWN} when this SDK version does not know the value; {@link #tradeSideRaw()} has the text as sent.
     */
    public @Nullable FuturesFillTradeSide tradeSide() {
        return tradeSideRaw == null ? null : FuturesFillTradeSide.fromWire(tradeSideRaw);
    }

    /**
     * The tradeScope. {@code UNKNOWN} when this SDK version does not know the value; {@link #tradeScopeRaw()} has the text as sent.
     */
    public @Nullable FuturesTradeScope tradeScope() {
        return tradeScopeRaw == null ? null : FuturesTradeScope.fromWire(tradeScopeRaw);
    }

    /**
     * The status. {@code UNKNOWN} when this SDK version does not know the value; {@link #statusRaw()} has the text as sent.
     */
    public FuturesOrderStatus status() {
        return FuturesOrderStatus.fromWire(statusRaw);
    }

    /**
     * The stpMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #stpModeRaw()} has the text as sent.
     */
    public @Nullable StpMode stpMode() {
        return stpModeRaw == null ? null : StpMode.fromWire(stpModeRaw);
    }
}
