package io.github.bitget4j.v2;

import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.model.ServerTime;

/** Hand-written convenience over the generated {@link CommonApiV2}. */
public interface ServerClockV2 extends CommonApiV2 {

    /** Bitget's clock in Unix milliseconds (the reference SDK's V2 version returns NaN; this one works). */
    default long fetchServerTime() {
        ServerTime time = getServerTime().data();
        if (time == null || time.serverTime() == null) {
            throw new BitgetClientException("GET /api/v2/public/time answered without a serverTime");
        }
        return time.serverTime();
    }
}
