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
 * @param instId inst id ({@code instId})
 * @param orderId order id ({@code orderId})
 * @param clientOid client oid ({@code clientOid})
 * @param price price ({@code price})
 * @param size size ({@code size})
 * @param notionalUsd notional usd ({@code notionalUsd})
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param forceRaw the text Bitget sent for force; read it as an enum with {@link #force()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param marginCoin margin coin ({@code marginCoin})
 * @param leverage leverage ({@code leverage})
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param tradeSideRaw the text Bitget sent for tradeSide; read it as an enum with {@link #tradeSide()}.
 * @param reduceOnly reduce only ({@code reduceOnly})
 * @param fillPrice fill price ({@code fillPrice})
 * @param tradeId trade id ({@code tradeId})
 * @param baseVolume size of this fill.
 * @param fillTime fill time ({@code fillTime})
 * @param fillFee fill fee ({@code fillFee})
 * @param fillFeeCoin fill fee coin ({@code fillFeeCoin})
 * @param fillNotionalUsd fill notional usd ({@code fillNotionalUsd})
 * @param tradeScopeRaw the text Bitget sent for tradeScope; read it as an enum with {@link #tradeScope()}.
 * @param accBaseVolume filled so far.
 * @param priceAvg price avg ({@code priceAvg})
 * @param pnl pnl ({@code pnl})
 * @param totalProfits total profits ({@code totalProfits})
 * @param presetStopSurplusPrice preset stop surplus price ({@code presetStopSurplusPrice})
 * @param presetStopLossPrice preset stop loss price ({@code presetStopLossPrice})
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 * @param stpModeRaw the text Bitget sent for stpMode; read it as an enum with {@link #stpMode()}.
 * @param feeDetail fee detail ({@code feeDetail})
 * @param enterPointSource enter point source ({@code enterPointSource})
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
     * The orderType.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #orderTypeRaw()} has the text as sent)
     */
    public OrderType orderType() {
        return OrderType.fromWire(orderTypeRaw);
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
     * The side.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public Side side() {
        return Side.fromWire(sideRaw);
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
     * The posMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #posModeRaw()} has the text as sent)
     */
    public @Nullable FuturesPosMode posMode() {
        return posModeRaw == null ? null : FuturesPosMode.fromWire(posModeRaw);
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
     * The tradeScope.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #tradeScopeRaw()} has the text as sent)
     */
    public @Nullable FuturesTradeScope tradeScope() {
        return tradeScopeRaw == null ? null : FuturesTradeScope.fromWire(tradeScopeRaw);
    }

    /**
     * The status.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #statusRaw()} has the text as sent)
     */
    public FuturesOrderStatus status() {
        return FuturesOrderStatus.fromWire(statusRaw);
    }

    /**
     * The stpMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #stpModeRaw()} has the text as sent)
     */
    public @Nullable StpMode stpMode() {
        return stpModeRaw == null ? null : StpMode.fromWire(stpModeRaw);
    }
}
