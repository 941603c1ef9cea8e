package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.PriceLevel;
import java.util.List;

/**
 * A V3 order book snapshot. Bitget names the sides {@code a} and {@code b}.
 *
 * @param asks offers to sell, lowest price first (JSON {@code a})
 * @param bids offers to buy, highest price first (JSON {@code b})
 * @param ts   time of the snapshot, Unix milliseconds
 */
public record OrderBook(
        @SerializedName("a") List<PriceLevel> asks,
        @SerializedName("b") List<PriceLevel> bids,
        Long ts) {
}
