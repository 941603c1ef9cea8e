// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.StpMode;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v3.MarginMode;
import io.github.bitget4j.model.v3.PositionSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order of any category.
 *
 * @param category spot, usdt-futures, ...
 * @param symbol symbol
 * @param orderId orderId
 * @param clientOid clientOid
 * @param price price
 * @param qty qty
 * @param amount amount
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param timeInForceRaw the text Bitget sent for timeInForce; read it as an enum with {@link #timeInForce()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param marginCoin marginCoin
 * @param reduceOnly reduceOnly
 * @param cumExecQty cumExecQty
 * @param cumExecValue cumExecValue
 * @param avgPrice avgPrice
 * @param totalProfit totalProfit
 * @param orderStatus live, partially_filled, filled, cancelled.
 * @param cancelReason cancelReason
 * @param leverage leverage
 * @param feeDetail feeDetail
 * @param stpModeRaw the text Bitget sent for stpMode; read it as an enum with {@link #stpMode()}.
 * @param createdTime createdTime
 * @param updatedTime updatedTime
 */
public record WsOrderV3(
        String category,
        String symbol,
        String orderId,
        @Nullable String clientOid,
        @Nullable BigDecimal price,
        BigDecimal qty,
        @Nullable BigDecimal amount,
        @SerializedName("orderType") String orderTypeRaw,
        @SerializedName("timeInForce") @Nullable String timeInForceRaw,
        @SerializedName("side") String sideRaw,
        @SerializedName("posSide") @Nullable String posSideRaw,
        @SerializedName("marginMode") @Nullable String marginModeRaw,
        @Nullable String marginCoin,
        @Nullable String reduceOnly,
        @Nullable BigDecimal cumExecQty,
        @Nullable BigDecimal cumExecValue,
        @Nullable BigDecimal avgPrice,
        @Nullable BigDecimal totalProfit,
        String orderStatus,
        @Nullable String cancelReason,
        @Nullable BigDecimal leverage,
        @Nullable List<WsFeeV3> feeDetail,
        @SerializedName("stpMode") @Nullable String stpModeRaw,
        Instant createdTime,
        Instant updatedTime) {

    /**
     * The orderType. {@code UNKNOWN} when this SDK version does not know the value; {@link #orderTypeRaw()} has the text as sent.
     */
    public OrderType orderType() {
        return OrderType.fromWire(orderTypeRaw);
    }

    /**
     * The timeInForce. {@code UNKNOWN} when this SDK version does not know the value; {@link #timeInForceRaw()} has the text as sent.
     */
    public @Nullable TimeInForce timeInForce() {
        return timeInForceRaw == null ? null : TimeInForce.fromWire(timeInForceRaw);
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
    public @Nullable PositionSide posSide() {
        return posSideRaw == null ? null : PositionSide.fromWire(posSideRaw);
    }

    /**
     * The marginMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #marginModeRaw()} has the text as sent.
     */
    public @Nullable MarginMode marginMode() {
        return marginModeRaw == null ? null : MarginMode.fromWire(marginModeRaw);
    }

    /**
     * The stpMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #stpModeRaw()} has the text as sent.
     */
    public @Nullable StpMode stpMode() {
        return stpModeRaw == null ? null : StpMode.fromWire(stpModeRaw);
    }
}
