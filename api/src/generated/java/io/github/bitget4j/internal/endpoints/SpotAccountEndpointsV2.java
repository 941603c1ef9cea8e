// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.SpotAsset;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.SpotAccountApiV2}. */
public final class SpotAccountEndpointsV2 {

    /** {@code GET /api/v2/spot/account/assets}. */
    public static final Endpoint<List<SpotAsset>> GET_SPOT_ACCOUNT_ASSETS =
            Endpoint.getList("/api/v2/spot/account/assets", PRIVATE, SpotAsset.class)
                    .withParameters("coin", "assetType");

    private SpotAccountEndpointsV2() {
    }
}
