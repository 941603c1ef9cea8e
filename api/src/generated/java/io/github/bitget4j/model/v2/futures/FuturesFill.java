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
 * @param tradeId trade id ({@code tradeId})
 * @param symbol symbol ({@code symbol})
 * @param orderId order id ({@code orderId})
 * @param price price ({@code price})
 * @param baseVolume base volume ({@code baseVolume})
 * @param feeDetail fee detail ({@code feeDetail})
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param quoteVolume quote volume ({@code quoteVolume})
 * @param profit realised PnL of a closing fill.
 * @param enterPointSource enter point source ({@code enterPointSource})
 * @param tradeSideRaw the text Bitget sent for tradeSide; read it as an enum with {@link #tradeSide()}.
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param tradeScopeRaw the text Bitget sent for tradeScope; read it as an enum with {@link #tradeScope()}.
 * @param cTime c time ({@code cTime})
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
     * The side.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }

    /**
     * The tradeSide.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #tradeSideRaw()} has the text as sent)
     */
    public @Nullable FuturesFillTradeSide tradeSide() {
        return tradeSideRaw == null ? null : FuturesFillTradeSide.fromWire(tradeSideRaw);
    }

    /**
     * The posMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #posModeRaw()} has the text as sent)
     */
    public @Nullable FuturesPosMode posMode() {
        return posModeRaw == null ? null : FuturesPosMode.fromWire(posModeRaw);
    }

    /**
     * The tradeScope.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #tradeScopeRaw()} has the text as sent)
     */
    public @Nullable FuturesTradeScope tradeScope() {
        return tradeScopeRaw == null ? null : FuturesTradeScope.fromWire(tradeScopeRaw);
    }
}
