// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.PriceLevel;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Order book of a real stock token; Bitget names the sides a and b.
 *
 * @param symbol symbol ({@code symbol})
 * @param asks offers to sell, lowest price first.
 * @param bids offers to buy, highest price first.
 * @param ts time of the snapshot.
 */
public record UtaRealityOrderBook(
        @Nullable String symbol,
        @SerializedName("a") List<PriceLevel> asks,
        @SerializedName("b") List<PriceLevel> bids,
        Instant ts) {
}
