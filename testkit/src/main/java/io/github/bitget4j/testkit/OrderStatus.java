package io.github.bitget4j.testkit;

/** Status of an order in the testkit market; {@link #wireName()} is the value Bitget sends. */
public enum OrderStatus {
    /** Resting on the book, nothing filled. */
    LIVE("live"),
    /** Resting on the book, partly filled. */
    PARTIALLY_FILLED("partially_filled"),
    /** Completely filled. */
    FILLED("filled"),
    /** Cancelled, by the user or the market (e.g. an IOC remainder). */
    CANCELLED("cancelled");

    private final String wireName;

    OrderStatus(String wireName) {
        this.wireName = wireName;
    }

    /** {@return the status as it appears in V2 and V3 responses, e.g. {@code partially_filled}} */
    public String wireName() {
        return wireName;
    }

    /** {@return true while the order can still trade (it rests on the book)} */
    public boolean isOpen() {
        return this == LIVE || this == PARTIALLY_FILLED;
    }
}
