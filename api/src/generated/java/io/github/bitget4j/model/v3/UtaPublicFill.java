// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One public trade of a V3 symbol.
 *
 * @param execId Bitget's trade id.
 * @param price traded price.
 * @param size traded quantity in the base coin.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param ts trade time.
 */
public record UtaPublicFill(
        String execId,
        BigDecimal price,
        BigDecimal size,
        @SerializedName("side") String sideRaw,
        Instant ts) {

    /**
     * the taker's side.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }
}
