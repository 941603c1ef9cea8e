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
 * @param symbol symbol ({@code symbol})
 * @param orderId order id ({@code orderId})
 * @param clientOid client oid ({@code clientOid})
 * @param price price ({@code price})
 * @param qty qty ({@code qty})
 * @param amount amount ({@code amount})
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param timeInForceRaw the text Bitget sent for timeInForce; read it as an enum with {@link #timeInForce()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param marginCoin margin coin ({@code marginCoin})
 * @param reduceOnly reduce only ({@code reduceOnly})
 * @param cumExecQty cum exec qty ({@code cumExecQty})
 * @param cumExecValue cum exec value ({@code cumExecValue})
 * @param avgPrice avg price ({@code avgPrice})
 * @param totalProfit total profit ({@code totalProfit})
 * @param orderStatus live, partially_filled, filled, cancelled.
 * @param cancelReason cancel reason ({@code cancelReason})
 * @param leverage leverage ({@code leverage})
 * @param feeDetail fee detail ({@code feeDetail})
 * @param stpModeRaw the text Bitget sent for stpMode; read it as an enum with {@link #stpMode()}.
 * @param createdTime created time ({@code createdTime})
 * @param updatedTime updated time ({@code updatedTime})
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
     * The orderType.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #orderTypeRaw()} has the text as sent)
     */
    public OrderType orderType() {
        return OrderType.fromWire(orderTypeRaw);
    }

    /**
     * The timeInForce.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #timeInForceRaw()} has the text as sent)
     */
    public @Nullable TimeInForce timeInForce() {
        return timeInForceRaw == null ? null : TimeInForce.fromWire(timeInForceRaw);
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
    public @Nullable PositionSide posSide() {
        return posSideRaw == null ? null : PositionSide.fromWire(posSideRaw);
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
     * The stpMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #stpModeRaw()} has the text as sent)
     */
    public @Nullable StpMode stpMode() {
        return stpModeRaw == null ? null : StpMode.fromWire(stpModeRaw);
    }
}
