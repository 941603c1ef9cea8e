// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.model.PriceLevel;
import java.util.List;

/**
 * A V2 spot order book snapshot.
 *
 * @param asks offers to sell, lowest price first.
 * @param bids offers to buy, highest price first.
 * @param ts time of the snapshot, Unix milliseconds.
 */
public record SpotOrderBook(
        List<PriceLevel> asks,
        List<PriceLevel> bids,
        Long ts) {
}
