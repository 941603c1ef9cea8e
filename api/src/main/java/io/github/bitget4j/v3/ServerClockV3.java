package io.github.bitget4j.v3;

import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.model.ServerTime;

/** Hand-written convenience over the generated {@link PublicApiV3}. */
public interface ServerClockV3 extends PublicApiV3 {

    /** Bitget's clock in Unix milliseconds. */
    default long fetchServerTime() {
        ServerTime time = getServerTime().data();
        if (time == null || time.serverTime() == null) {
            throw new BitgetClientException("GET /api/v3/public/time answered without a serverTime");
        }
        return time.serverTime();
    }
}
