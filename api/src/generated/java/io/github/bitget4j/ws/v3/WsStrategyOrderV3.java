// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.v3.PositionSide;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A strategy (trigger, TP/SL) order.
 *
 * @param category spot, usdt-futures, ...
 * @param symbol symbol
 * @param orderId orderId
 * @param clientOid clientOid
 * @param triggerPrice triggerPrice
 * @param triggerBy triggerBy
 * @param strategyType strategyType
 * @param price price
 * @param qty qty
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param status status
 * @param createdTime createdTime
 * @param updatedTime updatedTime
 */
public record WsStrategyOrderV3(
        String category,
        String symbol,
        String orderId,
        @Nullable String clientOid,
        @Nullable BigDecimal triggerPrice,
        @Nullable String triggerBy,
        @Nullable String strategyType,
        @Nullable BigDecimal price,
        @Nullable BigDecimal qty,
        @SerializedName("orderType") @Nullable String orderTypeRaw,
        @SerializedName("side") String sideRaw,
        @SerializedName("posSide") @Nullable String posSideRaw,
        String status,
        Instant createdTime,
        Instant updatedTime) {

    /**
     * The orderType. {@code UNKNOWN} when this SDK version does not know the value; {@link #orderTypeRaw()} has the text as sent.
     */
    public @Nullable OrderType orderType() {
        return orderTypeRaw == null ? null : OrderType.fromWire(orderTypeRaw);
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
}
