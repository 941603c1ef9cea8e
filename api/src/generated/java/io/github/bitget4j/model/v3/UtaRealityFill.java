// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One public trade of a real stock token.
 *
 * @param execId trade id.
 * @param price price ({@code price})
 * @param size size ({@code size})
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param ts ts ({@code ts})
 */
public record UtaRealityFill(
        String execId,
        BigDecimal price,
        BigDecimal size,
        @SerializedName("side") @Nullable String sideRaw,
        Instant ts) {

    /**
     * the taker's side.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public @Nullable Side side() {
        return sideRaw == null ? null : Side.fromWire(sideRaw);
    }
}
