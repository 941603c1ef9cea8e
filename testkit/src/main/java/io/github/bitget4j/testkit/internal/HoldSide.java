package io.github.bitget4j.testkit.internal;

/** Direction of a futures position. */
enum HoldSide {
    LONG, SHORT;

    HoldSide opposite() {
        return this == LONG ? SHORT : LONG;
    }

    /** The book side that opens (adds to) a position of this direction. */
    boolean opensWithBuy() {
        return this == LONG;
    }

    /** The side whose orders add to a position of this direction. */
    static HoldSide openedBy(boolean buy) {
        return buy ? LONG : SHORT;
    }
}
