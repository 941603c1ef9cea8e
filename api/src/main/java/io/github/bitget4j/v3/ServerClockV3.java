package io.github.bitget4j.v3;

import io.github.bitget4j.internal.ServerTimes;

/** Hand-written convenience over the generated {@link PublicApiV3}. */
public interface ServerClockV3 extends PublicApiV3 {

    /** {@return Bitget's clock in Unix milliseconds} */
    default long fetchServerTime() {
        return ServerTimes.millis(getServerTime(), "GET /api/v3/public/time");
    }
}
