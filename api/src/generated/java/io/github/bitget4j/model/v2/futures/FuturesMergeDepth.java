// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.PriceLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Order book with merged price levels.
 *
 * @param asks asks ({@code asks})
 * @param bids bids ({@code bids})
 * @param ts ts ({@code ts})
 * @param scale price step actually used.
 * @param precisionRaw the text Bitget sent for precision; read it as an enum with {@link #precision()}.
 * @param isMaxPrecision YES when the coarsest level is used.
 */
public record FuturesMergeDepth(
        List<PriceLevel> asks,
        List<PriceLevel> bids,
        Instant ts,
        @Nullable BigDecimal scale,
        @SerializedName("precision") @Nullable String precisionRaw,
        @Nullable String isMaxPrecision) {

    /**
     * The precision.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #precisionRaw()} has the text as sent)
     */
    public @Nullable FuturesDepthPrecision precision() {
        return precisionRaw == null ? null : FuturesDepthPrecision.fromWire(precisionRaw);
    }
}
