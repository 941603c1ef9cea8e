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
 * @param instId inst id ({@code instId})
 * @param orderId order id ({@code orderId})
 * @param clientOid client oid ({@code clientOid})
 * @param triggerPrice trigger price ({@code triggerPrice})
 * @param triggerType trigger type ({@code triggerType})
 * @param triggerTime trigger time ({@code triggerTime})
 * @param planType plan type ({@code planType})
 * @param price price ({@code price})
 * @param size size ({@code size})
 * @param actualSize actual size ({@code actualSize})
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param tradeSide trade side ({@code tradeSide})
 * @param posSide pos side ({@code posSide})
 * @param marginCoin margin coin ({@code marginCoin})
 * @param marginMode margin mode ({@code marginMode})
 * @param status status ({@code status})
 * @param executeOrderId execute order id ({@code executeOrderId})
 * @param stopSurplusTriggerPrice stop surplus trigger price ({@code stopSurplusTriggerPrice})
 * @param stopLossTriggerPrice stop loss trigger price ({@code stopLossTriggerPrice})
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
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
}
