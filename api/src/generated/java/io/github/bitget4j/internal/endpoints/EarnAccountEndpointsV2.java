// Generated from codegen/model/v2/earn-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.earn.EarnAccountAsset;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.EarnAccountApiV2}. */
public final class EarnAccountEndpointsV2 {

    /** {@code GET /api/v2/earn/account/assets}. */
    public static final Endpoint<List<EarnAccountAsset>> GET_EARN_ACCOUNT =
            Endpoint.getList("/api/v2/earn/account/assets", PRIVATE, EarnAccountAsset.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin");

    private EarnAccountEndpointsV2() {
    }
}
