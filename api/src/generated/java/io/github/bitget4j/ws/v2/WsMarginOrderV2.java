// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.futures.FuturesTradeScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cross or isolated margin order.
 *
 * @param instId inst id ({@code instId})
 * @param symbol symbol ({@code symbol})
 * @param orderId order id ({@code orderId})
 * @param clientOid client oid ({@code clientOid})
 * @param price price ({@code price})
 * @param size size ({@code size})
 * @param notional notional ({@code notional})
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param forceRaw the text Bitget sent for force; read it as an enum with {@link #force()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param loanType loan type ({@code loanType})
 * @param fillPrice fill price ({@code fillPrice})
 * @param tradeId trade id ({@code tradeId})
 * @param baseVolume base volume ({@code baseVolume})
 * @param fillTime fill time ({@code fillTime})
 * @param fillFee fill fee ({@code fillFee})
 * @param fillFeeCoin fill fee coin ({@code fillFeeCoin})
 * @param tradeScopeRaw the text Bitget sent for tradeScope; read it as an enum with {@link #tradeScope()}.
 * @param accBaseVolume acc base volume ({@code accBaseVolume})
 * @param priceAvg price avg ({@code priceAvg})
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 * @param feeDetail fee detail ({@code feeDetail})
 * @param enterPointSource enter point source ({@code enterPointSource})
 */
public record WsMarginOrderV2(
        @Nullable String instId,
        @Nullable String symbol,
        String orderId,
        @Nullable String clientOid,
        @Nullable BigDecimal price,
        @Nullable BigDecimal size,
        @Nullable BigDecimal notional,
        @SerializedName("orderType") String orderTypeRaw,
        @SerializedName("force") @Nullable String forceRaw,
        @SerializedName("side") String sideRaw,
        @Nullable String loanType,
        @Nullable BigDecimal fillPrice,
        @Nullable String tradeId,
        @Nullable BigDecimal baseVolume,
        @Nullable Instant fillTime,
        @Nullable BigDecimal fillFee,
        @Nullable String fillFeeCoin,
        @SerializedName("tradeScope") @Nullable String tradeScopeRaw,
        @Nullable BigDecimal accBaseVolume,
        @Nullable BigDecimal priceAvg,
        @SerializedName("status") String statusRaw,
        Instant cTime,
        Instant uTime,
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
    public WsSpotOrderStatusV2 status() {
        return WsSpotOrderStatusV2.fromWire(statusRaw);
    }
}
