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
 * @param orderId order id ({@code orderId})
 * @param clientOid client oid ({@code clientOid})
 * @param execId exec id ({@code execId})
 * @param symbol symbol ({@code symbol})
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param execPrice exec price ({@code execPrice})
 * @param execQty exec qty ({@code execQty})
 * @param execValue exec value ({@code execValue})
 * @param tradeScopeRaw the text Bitget sent for tradeScope; read it as an enum with {@link #tradeScope()}.
 * @param feeDetail fee detail ({@code feeDetail})
 * @param execPnl exec pnl ({@code execPnl})
 * @param createdTime created time ({@code createdTime})
 * @param updatedTime updated time ({@code updatedTime})
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
     * The orderType.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #orderTypeRaw()} has the text as sent)
     */
    public OrderType orderType() {
        return OrderType.fromWire(orderTypeRaw);
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
     * The tradeScope.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #tradeScopeRaw()} has the text as sent)
     */
    public FuturesTradeScope tradeScope() {
        return FuturesTradeScope.fromWire(tradeScopeRaw);
    }
}
