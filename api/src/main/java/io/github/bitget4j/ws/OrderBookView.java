package io.github.bitget4j.ws;

import io.github.bitget4j.model.PriceLevel;
import java.util.List;

/**
 * A local order book maintained from a {@code books} subscription: the snapshot, then every update applied and
 * checked against Bitget's CRC32 checksum. On a mismatch the book is emptied, the topic resubscribed (a fresh
 * snapshot follows) and the mismatch reported to {@link WsListener#onException}. Every read sees one consistent
 * state. Thread-safe.
 */
public interface OrderBookView {

    /** {@return the subscription this book follows} */
    WsTopic topic();

    /** {@return true once a snapshot was applied and no mismatch has emptied the book since} */
    boolean isReady();

    /** {@return the best bid and ask, of the same state} */
    TopOfBook topOfBook();

    /**
     * Up to {@code depth} best bids, highest price first.
     *
     * @param depth how many levels, from the best
     * @return the levels, a new list; fewer when the book is shallower
     */
    List<PriceLevel> bids(int depth);

    /**
     * Up to {@code depth} best asks, lowest price first.
     *
     * @param depth how many levels, from the best
     * @return the levels, a new list; fewer when the book is shallower
     */
    List<PriceLevel> asks(int depth);

    /** {@return Bitget's timestamp (ms) of the last push applied, or 0} */
    long lastUpdateTs();

    /** {@return how many checksum mismatches this book has recovered from} */
    long checksumMismatches();
}
