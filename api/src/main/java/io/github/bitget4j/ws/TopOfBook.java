package io.github.bitget4j.ws;

import io.github.bitget4j.model.PriceLevel;
import org.jspecify.annotations.Nullable;

/**
 * Best bid and best ask read together from one consistent state of a local book.
 *
 * @param bestBid highest bid, or null when the side is empty
 * @param bestAsk lowest ask, or null when the side is empty
 * @param ts      Bitget's timestamp (ms) of the last push applied, or 0 before the first
 */
public record TopOfBook(@Nullable PriceLevel bestBid, @Nullable PriceLevel bestAsk, long ts) {
}
