// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One public trade.
 *
 * @param tradeId trade id ({@code i})
 * @param price price ({@code p})
 * @param size size ({@code v})
 * @param sideRaw the text Bitget sent for S; read it as an enum with {@link #side()}.
 * @param ts ts ({@code T})
 * @param blockTrade whether it was a block trade.
 */
public record WsPublicTradeV3(
        @SerializedName("i") String tradeId,
        @SerializedName("p") BigDecimal price,
        @SerializedName("v") BigDecimal size,
        @SerializedName("S") String sideRaw,
        @SerializedName("T") Instant ts,
        @SerializedName("L") @Nullable String blockTrade) {

    /**
     * The S.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }
}
