// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One public liquidation order.
 *
 * @param symbol e.g. BTCUSDT.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param price order price.
 * @param amount liquidated quantity.
 * @param ts time of the liquidation.
 */
public record UtaLiquidation(
        String symbol,
        @SerializedName("side") String sideRaw,
        BigDecimal price,
        BigDecimal amount,
        Instant ts) {

    /**
     * side of the liquidation order.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }
}
