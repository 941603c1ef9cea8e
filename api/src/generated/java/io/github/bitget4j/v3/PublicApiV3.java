// Generated from codegen/model/v3/public.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.PublicEndpointsV3;
import io.github.bitget4j.model.ServerTime;

/**
 * Public V3 endpoints.
 */
public interface PublicApiV3 extends EndpointCaller {

    /**
     * Bitget's clock.
     *
     * <p>{@code GET /api/v3/public/time}, public; rate limit 20 requests per second per IP.
     *
     * @return Bitget's answer, its {@code data} read as {@code ServerTime}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<ServerTime> getServerTime() {
        return call(PublicEndpointsV3.GET_SERVER_TIME, null);
    }
}
