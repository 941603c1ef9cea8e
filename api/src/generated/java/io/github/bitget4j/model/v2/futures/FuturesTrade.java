// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One public trade.
 *
 * @param tradeId trade id ({@code tradeId})
 * @param price price ({@code price})
 * @param size base coin.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param ts ts ({@code ts})
 * @param symbol symbol ({@code symbol})
 */
public record FuturesTrade(
        String tradeId,
        BigDecimal price,
        BigDecimal size,
        @SerializedName("side") String sideRaw,
        Instant ts,
        String symbol) {

    /**
     * taker side.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }
}
