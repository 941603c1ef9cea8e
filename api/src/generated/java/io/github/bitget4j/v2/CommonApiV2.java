// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.CommonEndpointsV2;
import io.github.bitget4j.model.ServerTime;

/**
 * Public V2 endpoints shared by every product.
 */
public interface CommonApiV2 extends EndpointCaller {

    /**
     * Bitget's clock.
     *
     * <p>{@code GET /api/v2/public/time}, public; rate limit 20 requests per second per IP.
     */
    default ApiResponse<ServerTime> getServerTime() {
        return call(CommonEndpointsV2.GET_SERVER_TIME, null);
    }
}
