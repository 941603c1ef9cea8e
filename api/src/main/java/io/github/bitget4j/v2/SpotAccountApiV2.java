package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.SpotV2;
import io.github.bitget4j.model.v2.SpotAsset;
import io.github.bitget4j.model.v2.SpotAssetsRequest;
import java.util.List;

/** Spot account (V2). Private: needs credentials. */
public interface SpotAccountApiV2 extends EndpointCaller {

    /** GET /api/v2/spot/account/assets. */
    default ApiResponse<List<SpotAsset>> getSpotAccountAssets(SpotAssetsRequest request) {
        return call(SpotV2.ACCOUNT_ASSETS, request);
    }

    /** GET /api/v2/spot/account/assets for every coin. */
    default ApiResponse<List<SpotAsset>> getSpotAccountAssets() {
        return getSpotAccountAssets(SpotAssetsRequest.all());
    }
}
