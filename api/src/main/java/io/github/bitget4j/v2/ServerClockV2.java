package io.github.bitget4j.v2;

import io.github.bitget4j.internal.ServerTimes;

/** Hand-written convenience over the generated {@link CommonApiV2}. */
public interface ServerClockV2 extends CommonApiV2 {

    /** {@return Bitget's clock in Unix milliseconds (the reference SDK's V2 version returns NaN; this one works)} */
    default long fetchServerTime() {
        return ServerTimes.millis(getServerTime(), "GET /api/v2/public/time");
    }
}
