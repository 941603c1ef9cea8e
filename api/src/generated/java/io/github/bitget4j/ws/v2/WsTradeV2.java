// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One public trade.
 *
 * @param ts ts ({@code ts})
 * @param price price ({@code price})
 * @param size size ({@code size})
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param tradeId trade id ({@code tradeId})
 */
public record WsTradeV2(
        Instant ts,
        BigDecimal price,
        BigDecimal size,
        @SerializedName("side") String sideRaw,
        String tradeId) {

    /**
     * The side.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }
}
