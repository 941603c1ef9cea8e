// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.PriceLevel;
import java.util.List;

/**
 * A V3 order book snapshot; Bitget names the sides a and b.
 *
 * @param asks offers to sell, lowest price first.
 * @param bids offers to buy, highest price first.
 * @param ts time of the snapshot, Unix milliseconds.
 */
public record OrderBook(
        @SerializedName("a") List<PriceLevel> asks,
        @SerializedName("b") List<PriceLevel> bids,
        Long ts) {
}
