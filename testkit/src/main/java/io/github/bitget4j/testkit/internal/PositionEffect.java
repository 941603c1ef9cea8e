package io.github.bitget4j.testkit.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a futures order does to positions. Hedge mode names the position ({@code OPEN_LONG} ... ); one-way
 * mode nets ({@link #NET}): a buy first reduces a short and then adds to a long, a sell the reverse.
 */
enum PositionEffect {
    OPEN_LONG, OPEN_SHORT, CLOSE_LONG, CLOSE_SHORT, NET;

    /** The position named by a hedge-mode effect; null for {@link #NET}. */
    @Nullable HoldSide holdSide() {
        return switch (this) {
            case OPEN_LONG, CLOSE_LONG -> HoldSide.LONG;
            case OPEN_SHORT, CLOSE_SHORT -> HoldSide.SHORT;
            case NET -> null;
        };
    }

    boolean closing() {
        return this == CLOSE_LONG || this == CLOSE_SHORT;
    }

    static PositionEffect open(HoldSide side) {
        return side == HoldSide.LONG ? OPEN_LONG : OPEN_SHORT;
    }

    static PositionEffect close(HoldSide side) {
        return side == HoldSide.LONG ? CLOSE_LONG : CLOSE_SHORT;
    }

    /** The book side of a hedge-mode effect: buying opens a long or closes a short. */
    boolean bookBuy(boolean netBuy) {
        return switch (this) {
            case OPEN_LONG, CLOSE_SHORT -> true;
            case OPEN_SHORT, CLOSE_LONG -> false;
            case NET -> netBuy;
        };
    }
}
