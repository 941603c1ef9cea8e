package io.github.bitget4j.testkit;

/** Status of an order in the testkit market; {@link #wireName()} is the value Bitget sends. */
public enum OrderStatus {
    LIVE("live"),
    PARTIALLY_FILLED("partially_filled"),
    FILLED("filled"),
    CANCELLED("cancelled");

    private final String wireName;

    OrderStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The status as it appears in V2 and V3 responses, e.g. {@code partially_filled}. */
    public String wireName() {
        return wireName;
    }

    /** True while the order can still trade (it rests on the book). */
    public boolean isOpen() {
        return this == LIVE || this == PARTIALLY_FILLED;
    }
}
