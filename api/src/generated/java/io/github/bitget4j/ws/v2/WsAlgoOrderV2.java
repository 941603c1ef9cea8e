// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A plan (trigger) order, spot or futures.
 *
 * @param instId instId
 * @param orderId orderId
 * @param clientOid clientOid
 * @param triggerPrice triggerPrice
 * @param triggerType triggerType
 * @param triggerTime triggerTime
 * @param planType planType
 * @param price price
 * @param size size
 * @param actualSize actualSize
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param tradeSide tradeSide
 * @param posSide posSide
 * @param marginCoin marginCoin
 * @param marginMode marginMode
 * @param status status
 * @param executeOrderId executeOrderId
 * @param stopSurplusTriggerPrice stopSurplusTriggerPrice
 * @param stopLossTriggerPrice stopLossTriggerPrice
 * @param cTime cTime
 * @param uTime uTime
 */
public record WsAlgoOrderV2(
        String instId,
        String orderId,
        @Nullable String clientOid,
        BigDecimal triggerPrice,
        @Nullable String triggerType,
        @Nullable Instant triggerTime,
        @Nullable String planType,
        @Nullable BigDecimal price,
        @Nullable BigDecimal size,
        @Nullable BigDecimal actualSize,
        @SerializedName("orderType") @Nullable String orderTypeRaw,
        @SerializedName("side") String sideRaw,
        @Nullable String tradeSide,
        @Nullable String posSide,
        @Nullable String marginCoin,
        @Nullable String marginMode,
        String status,
        @Nullable String executeOrderId,
        @Nullable BigDecimal stopSurplusTriggerPrice,
        @Nullable BigDecimal stopLossTriggerPrice,
        Instant cTime,
        Instant uTime) {

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
}
