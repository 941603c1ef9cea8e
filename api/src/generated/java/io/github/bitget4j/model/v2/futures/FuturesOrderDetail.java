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
 * Full state of one futures order.
 *
 * @param symbol symbol ({@code symbol})
 * @param size ordered quantity, base coin.
 * @param orderId order id ({@code orderId})
 * @param clientOid client oid ({@code clientOid})
 * @param baseVolume filled quantity, base coin.
 * @param priceAvg average fill price.
 * @param fee fee ({@code fee})
 * @param price limit price; empty for market orders.
 * @param stateRaw the text Bitget sent for state; read it as an enum with {@link #state()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param forceRaw the text Bitget sent for force; read it as an enum with {@link #force()}.
 * @param totalProfits total profits ({@code totalProfits})
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param marginCoin margin coin ({@code marginCoin})
 * @param presetStopSurplusPrice preset take-profit trigger.
 * @param presetStopLossPrice preset stop-loss trigger.
 * @param quoteVolume filled value, quote coin.
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param leverage leverage ({@code leverage})
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param reduceOnlyRaw the text Bitget sent for reduceOnly; read it as an enum with {@link #reduceOnly()}.
 * @param enterPointSource client that placed it, e.g. api, web, ios.
 * @param tradeSideRaw the text Bitget sent for tradeSide; read it as an enum with {@link #tradeSide()}.
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param orderSourceRaw the text Bitget sent for orderSource; read it as an enum with {@link #orderSource()}.
 * @param cancelReason cancel reason ({@code cancelReason})
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record FuturesOrderDetail(
        String symbol,
        BigDecimal size,
        String orderId,
        @Nullable String clientOid,
        @Nullable BigDecimal baseVolume,
        @Nullable BigDecimal priceAvg,
        @Nullable BigDecimal fee,
        @Nullable BigDecimal price,
        @SerializedName("state") String stateRaw,
        @SerializedName("side") String sideRaw,
        @SerializedName("force") @Nullable String forceRaw,
        @Nullable BigDecimal totalProfits,
        @SerializedName("posSide") @Nullable String posSideRaw,
        String marginCoin,
        @Nullable BigDecimal presetStopSurplusPrice,
        @Nullable BigDecimal presetStopLossPrice,
        @Nullable BigDecimal quoteVolume,
        @SerializedName("orderType") String orderTypeRaw,
        @Nullable BigDecimal leverage,
        @SerializedName("marginMode") @Nullable String marginModeRaw,
        @SerializedName("reduceOnly") @Nullable String reduceOnlyRaw,
        @Nullable String enterPointSource,
        @SerializedName("tradeSide") @Nullable String tradeSideRaw,
        @SerializedName("posMode") @Nullable String posModeRaw,
        @SerializedName("orderSource") @Nullable String orderSourceRaw,
        @Nullable String cancelReason,
        Instant cTime,
        @Nullable Instant uTime) {

    /**
     * The state.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #stateRaw()} has the text as sent)
     */
    public FuturesOrderStatus state() {
        return FuturesOrderStatus.fromWire(stateRaw);
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
     * The orderType.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #orderTypeRaw()} has the text as sent)
     */
    public OrderType orderType() {
        return OrderType.fromWire(orderTypeRaw);
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
     * The reduceOnly.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #reduceOnlyRaw()} has the text as sent)
     */
    public @Nullable FuturesReduceOnly reduceOnly() {
        return reduceOnlyRaw == null ? null : FuturesReduceOnly.fromWire(reduceOnlyRaw);
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
     * The orderSource.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #orderSourceRaw()} has the text as sent)
     */
    public @Nullable FuturesOrderSource orderSource() {
        return orderSourceRaw == null ? null : FuturesOrderSource.fromWire(orderSourceRaw);
    }
}
