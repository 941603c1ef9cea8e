// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.v2.futures.FuturesFillTradeSide;
import io.github.bitget4j.model.v2.futures.FuturesPosMode;
import io.github.bitget4j.model.v2.futures.FuturesTradeScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One fill of the account (spot or futures).
 *
 * @param orderId order id ({@code orderId})
 * @param tradeId trade id ({@code tradeId})
 * @param symbol symbol ({@code symbol})
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param priceAvg spot.
 * @param price futures.
 * @param size spot.
 * @param baseVolume futures.
 * @param amount spot.
 * @param quoteVolume futures.
 * @param profit futures.
 * @param tradeSideRaw the text Bitget sent for tradeSide; read it as an enum with {@link #tradeSide()}.
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param tradeScopeRaw the text Bitget sent for tradeScope; read it as an enum with {@link #tradeScope()}.
 * @param feeDetail fee detail ({@code feeDetail})
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record WsFillV2(
        String orderId,
        String tradeId,
        String symbol,
        @SerializedName("orderType") String orderTypeRaw,
        @SerializedName("side") String sideRaw,
        @Nullable BigDecimal priceAvg,
        @Nullable BigDecimal price,
        @Nullable BigDecimal size,
        @Nullable BigDecimal baseVolume,
        @Nullable BigDecimal amount,
        @Nullable BigDecimal quoteVolume,
        @Nullable BigDecimal profit,
        @SerializedName("tradeSide") @Nullable String tradeSideRaw,
        @SerializedName("posMode") @Nullable String posModeRaw,
        @SerializedName("tradeScope") String tradeScopeRaw,
        @Nullable List<WsFeeDetail> feeDetail,
        Instant cTime,
        Instant uTime) {

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
     * futures.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #tradeSideRaw()} has the text as sent)
     */
    public @Nullable FuturesFillTradeSide tradeSide() {
        return tradeSideRaw == null ? null : FuturesFillTradeSide.fromWire(tradeSideRaw);
    }

    /**
     * futures.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #posModeRaw()} has the text as sent)
     */
    public @Nullable FuturesPosMode posMode() {
        return posModeRaw == null ? null : FuturesPosMode.fromWire(posModeRaw);
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
