// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.SpotAccountEndpointsV2;
import io.github.bitget4j.model.v2.SpotAsset;
import io.github.bitget4j.model.v2.SpotAssetsRequest;
import java.util.List;

/**
 * Spot account (V2). Private: needs credentials.
 */
public interface SpotAccountApiV2 extends EndpointCaller {

    /**
     * The balance of each coin in the spot account.
     *
     * <p>{@code GET /api/v2/spot/account/assets}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     */
    default ApiResponse<List<SpotAsset>> getSpotAccountAssets(SpotAssetsRequest request) {
        return call(SpotAccountEndpointsV2.GET_SPOT_ACCOUNT_ASSETS, request);
    }

    /**
     * The balance of each coin in the spot account.
     *
     * <p>{@code GET /api/v2/spot/account/assets}, signed; rate limit 10 requests per second per UID.
     *
     * <p>With no parameters set.
     */
    default ApiResponse<List<SpotAsset>> getSpotAccountAssets() {
        return getSpotAccountAssets(new SpotAssetsRequest(null, null));
    }
}
