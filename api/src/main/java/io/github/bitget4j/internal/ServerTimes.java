package io.github.bitget4j.internal;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.model.ServerTime;

/** Reads Bitget's clock out of a server-time answer, for V2 and V3 alike. */
public final class ServerTimes {

    private ServerTimes() {
    }

    /** @throws BitgetClientException when the answer holds no time */
    public static long millis(ApiResponse<ServerTime> answer, String endpoint) {
        ServerTime time = answer.data();
        if (time == null || time.serverTime() == null) {
            throw new BitgetClientException(endpoint + " answered without a serverTime");
        }
        return time.serverTime();
    }
}
