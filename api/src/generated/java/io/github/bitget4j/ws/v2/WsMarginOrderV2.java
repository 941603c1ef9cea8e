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
 * @param instId instId
 * @param symbol symbol
 * @param orderId orderId
 * @param clientOid clientOid
 * @param price price
 * @param size size
 * @param notional notional
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param forceRaw the text Bitget sent for force; read it as an enum with {@link #force()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param loanType loanType
 * @param fillPrice fillPrice
 * @param tradeId tradeId
 * @param baseVolume baseVolume
 * @param fillTime fillTime
 * @param fillFee fillFee
 * @param fillFeeCoin fillFeeCoin
 * @param tradeScopeRaw the text Bitget sent for tradeScope; read it as an enum with {@link #tradeScope()}.
 * @param accBaseVolume accBaseVolume
 * @param priceAvg priceAvg
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param cTime cTime
 * @param uTime uTime
 * @param feeDetail feeDetail
 * @param enterPointSource enterPointSource
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
     * The orderType. {@code UNKNOWN} when this SDK version does not know the value; {@link #orderTypeRaw()} has the text as sent.
     */
    public OrderType orderType() {
        return OrderType.fromWire(orderTypeRaw);
    }

    /**
     * The force. {@code UNKNOWN} when this SDK version does not know the value; {@link #forceRaw()} has the text as sent.
     */
    public @Nullable TimeInForce force() {
        return forceRaw == null ? null : TimeInForce.fromWire(forceRaw);
    }

    /**
     * The side. {@code UNKNOWN} when this SDK version does not know the value; {@link #sideRaw()} has the text as sent.
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }

    /**
     * The tradeScope. {@code UNKNOWN} when this SDK version does not know the value; {@link #tradeScopeRaw()} has the text as sent.
     */
    public @Nullable FuturesTradeScope tradeScope() {
        return tradeScopeRaw == null ? null : FuturesTradeScope.fromWire(tradeScopeRaw);
    }

    /**
     * The status. {@code UNKNOWN} when this SDK version does not know the value; {@link #statusRaw()} has the text as sent.
     */
    public WsSpotOrderStatusV2 status() {
        return WsSpotOrderStatusV2.fromWire(statusRaw);
    }
}
