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
 * @param symbol symbol ({@code symbol})
 * @param orderId order id ({@code orderId})
 * @param clientOid client oid ({@code clientOid})
 * @param triggerPrice trigger price ({@code triggerPrice})
 * @param triggerBy trigger by ({@code triggerBy})
 * @param strategyType strategy type ({@code strategyType})
 * @param price price ({@code price})
 * @param qty qty ({@code qty})
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param status status ({@code status})
 * @param createdTime created time ({@code createdTime})
 * @param updatedTime updated time ({@code updatedTime})
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
     * The orderType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #orderTypeRaw()} has the text as sent)
     */
    public @Nullable OrderType orderType() {
        return orderTypeRaw == null ? null : OrderType.fromWire(orderTypeRaw);
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
}
