// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One fill of a futures order.
 *
 * @param tradeId tradeId
 * @param symbol symbol
 * @param orderId orderId
 * @param price price
 * @param baseVolume baseVolume
 * @param feeDetail feeDetail
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param quoteVolume quoteVolume
 * @param profit realised PnL of a closing fill.
 * @param enterPointSource enterPointSource
 * @param tradeSideRaw the text Bitget sent for tradeSide; read it as an enum with {@link #tradeSide()}.
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param tradeScopeRaw the text Bitget sent for tradeScope; read it as an enum with {@link #tradeScope()}.
 * @param cTime cTime
 */
public record FuturesFill(
        String tradeId,
        String symbol,
        String orderId,
        BigDecimal price,
        BigDecimal baseVolume,
        @Nullable List<FuturesFeeDetail> feeDetail,
        @SerializedName("side") String sideRaw,
        BigDecimal quoteVolume,
        @Nullable BigDecimal profit,
        @Nullable String enterPointSource,
        @SerializedName("tradeSide") @Nullable String tradeSideRaw,
        @SerializedName("posMode") @Nullable String posModeRaw,
        @SerializedName("tradeScope") @Nullable String tradeScopeRaw,
        Instant cTime) {

    /**
     * The side. {@code UNKNOWN} when this SDK version does not know the value; {@link #sideRaw()} has the text as sent.
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }

    /**
     * The tradeSide. {@code UNKNOWN} when this SDK version does not know the value; {@link #tradeSideRaw()} has the text as sent.
     */
    public @Nullable FuturesFillTradeSide tradeSide() {
        return tradeSideRaw == null ? null : FuturesFillTradeSide.fromWire(tradeSideRaw);
    }

    /**
     * The posMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #posModeRaw()} has the text as sent.
     */
    public @Nullable FuturesPosMode posMode() {
        return posModeRaw == null ? null : FuturesPosMode.fromWire(posModeRaw);
    }

    /**
     * The tradeScope. {@code UNKNOWN} when this SDK version does not know the value; {@link #tradeScopeRaw()} has the text as sent.
     */
    public @Nullable FuturesTradeScope tradeScope() {
        return tradeScopeRaw == null ? null : FuturesTradeScope.fromWire(tradeScopeRaw);
    }
}
