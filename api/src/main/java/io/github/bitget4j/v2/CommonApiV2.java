package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.internal.endpoints.SpotV2;
import io.github.bitget4j.model.ServerTime;

/** Public V2 endpoints shared by every product. */
public interface CommonApiV2 extends EndpointCaller {

    /** GET /api/v2/public/time. */
    default ApiResponse<ServerTime> getServerTime() {
        return call(SpotV2.SERVER_TIME, null);
    }

    /** Bitget's clock in Unix milliseconds (the reference SDK's V2 version returns NaN; this one works). */
    default long fetchServerTime() {
        ServerTime time = getServerTime().data();
        if (time == null || time.serverTime() == null) {
            throw new BitgetClientException("GET /api/v2/public/time answered without a serverTime");
        }
        return time.serverTime();
    }
}
