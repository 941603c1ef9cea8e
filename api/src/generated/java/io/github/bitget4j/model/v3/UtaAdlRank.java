// Generated from codegen/model/v3/position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;

/**
 * The auto-deleveraging rank of one V3 position.
 *
 * @param symbol e.g. BTCUSDT.
 * @param marginCoin e.g. USDT.
 * @param adlRank 0 to 1; closer to 1 means reduced sooner in an auto-deleveraging event.
 * @param holdSideRaw the text Bitget sent for holdSide; read it as an enum with {@link #holdSide()}.
 */
public record UtaAdlRank(
        String symbol,
        String marginCoin,
        BigDecimal adlRank,
        @SerializedName("holdSide") String holdSideRaw) {

    /**
     * long or short.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #holdSideRaw()} has the text as sent)
     */
    public PositionSide holdSide() {
        return PositionSide.fromWire(holdSideRaw);
    }
}
