// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.time.Instant;
import java.util.List;

/**
 * A V3 order book whose levels split RPI from other quantity.
 *
 * @param asks offers to sell, lowest price first.
 * @param bids offers to buy, highest price first.
 * @param ts time of the snapshot.
 */
public record UtaRpiOrderBook(
        @SerializedName("a") List<UtaRpiLevel> asks,
        @SerializedName("b") List<UtaRpiLevel> bids,
        Instant ts) {
}
