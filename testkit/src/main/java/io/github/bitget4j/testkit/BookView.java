package io.github.bitget4j.testkit;

import java.util.List;

/**
 * The full order book of a symbol as the testkit's WebSocket side has pushed it: each level a
 * {@code [price, size]} pair of strings exactly as sent; bids best (highest) first, asks best (lowest) first.
 *
 * @param bids bid levels, best first, each {@code [price, size]} as text
 * @param asks ask levels, best first, each {@code [price, size]} as text
 */
public record BookView(List<List<String>> bids, List<List<String>> asks) {

    /** Copies both sides into immutable lists. */
    public BookView {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }
}
