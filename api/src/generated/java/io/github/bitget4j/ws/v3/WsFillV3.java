// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.v2.futures.FuturesTradeScope;
import io.github.bitget4j.model.v3.PositionSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One fill of the account.
 *
 * @param category spot, usdt-futures, ...
 * @param orderId orderId
 * @param clientOid clientOid
 * @param execId execId
 * @param symbol symbol
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param execPrice execPrice
 * @param execQty execQty
 * @param execValue execValue
 * @param tradeScopeRaw the text Bitget sent for tradeScope; read it as an enum with {@link #tradeScope()}.
 * @param feeDetail feeDetail
 * @param execPnl execPnl
 * @param createdTime createdTime
 * @param updatedTime updatedTime
 */
public record WsFillV3(
        String category,
        String orderId,
        @Nullable String clientOid,
        String execId,
        String symbol,
        @SerializedName("orderType") String orderTypeRaw,
        @SerializedName("side") String sideRaw,
        @SerializedName("posSide") @Nullable String posSideRaw,
        BigDecimal execPrice,
        BigDecimal execQty,
        @Nullable BigDecimal execValue,
        @SerializedName("tradeScope") String tradeScopeRaw,
        @Nullable List<WsFeeV3> feeDetail,
        @Nullable BigDecimal execPnl,
        Instant createdTime,
        Instant updatedTime) {

    /**
     * The orderType. {@code UNKNOWN} when this SDK version does not know the value; {@link #orderTypeRaw()} has the text as sent.
     */
    public OrderType orderType() {
        return OrderType.fromWire(orderTypeRaw);
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
     * The tradeScope. {@code UNKNOWN} when this SDK version does not know the value; {@link #tradeScopeRaw()} has the text as sent.
     */
    public FuturesTradeScope tradeScope() {
        return FuturesTradeScope.fromWire(tradeScopeRaw);
    }
}
