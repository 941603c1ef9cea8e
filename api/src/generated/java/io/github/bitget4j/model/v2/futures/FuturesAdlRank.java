// Generated from codegen/model/v2/futures-position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Auto-deleveraging queue rank of one position.
 *
 * @param symbol symbol ({@code symbol})
 * @param marginCoin margin coin ({@code marginCoin})
 * @param adlRank deprecated by Bitget in favour of rank.
 * @param rank 0..1; closer to 1 means more likely to be deleveraged.
 * @param holdSideRaw the text Bitget sent for holdSide; read it as an enum with {@link #holdSide()}.
 */
public record FuturesAdlRank(
        String symbol,
        String marginCoin,
        @Nullable BigDecimal adlRank,
        @Nullable BigDecimal rank,
        @SerializedName("holdSide") @Nullable String holdSideRaw) {

    /**
     * The holdSide.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #holdSideRaw()} has the text as sent)
     */
    public @Nullable FuturesHoldSide holdSide() {
        return holdSideRaw == null ? null : FuturesHoldSide.fromWire(holdSideRaw);
    }
}
