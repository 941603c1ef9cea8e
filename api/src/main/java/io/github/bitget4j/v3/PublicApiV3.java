package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.internal.endpoints.UtaV3;
import io.github.bitget4j.model.ServerTime;

/** Public V3 endpoints. */
public interface PublicApiV3 extends EndpointCaller {

    /** GET /api/v3/public/time. */
    default ApiResponse<ServerTime> getServerTime() {
        return call(UtaV3.SERVER_TIME, null);
    }

    /** Bitget's clock in Unix milliseconds. */
    default long fetchServerTime() {
        ServerTime time = getServerTime().data();
        if (time == null || time.serverTime() == null) {
            throw new BitgetClientException("GET /api/v3/public/time answered without a serverTime");
        }
        return time.serverTime();
    }
}
