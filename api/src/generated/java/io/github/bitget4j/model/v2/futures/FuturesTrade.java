// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One public trade.
 *
 * @param tradeId tradeId
 * @param price price
 * @param size base coin.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param ts ts
 * @param symbol symbol
 */
public record FuturesTrade(
        String tradeId,
        BigDecimal price,
        BigDecimal size,
        @SerializedName("side") String sideRaw,
        Instant ts,
        String symbol) {

    /**
     * taker side. {@code UNKNOWN} when this SDK version does not know the value; {@link #sideRaw()} has the text as sent.
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }
}
