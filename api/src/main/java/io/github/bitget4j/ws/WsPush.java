package io.github.bitget4j.ws;

import java.util.List;

/**
 * One push of a typed subscription: {@code data} decoded into the channel's record, and the push as received.
 *
 * @param data   the elements of {@code data}, decoded
 * @param update the push as received ({@link WsUpdate#text()} is the raw JSON)
 * @param <R>    the channel's push record
 */
public record WsPush<R>(List<R> data, WsUpdate update) {

    /** Copies {@code data} into an immutable list. */
    public WsPush {
        data = List.copyOf(data);
    }

    /** {@return whether this is a full snapshot rather than an incremental update} */
    public boolean isSnapshot() {
        return update.isSnapshot();
    }

    /** {@return the push's {@code ts} (ms), or 0 when absent} */
    public long ts() {
        return update.ts();
    }

    /** {@return the subscription the push belongs to} */
    public WsTopic topic() {
        return update.topic();
    }
}
