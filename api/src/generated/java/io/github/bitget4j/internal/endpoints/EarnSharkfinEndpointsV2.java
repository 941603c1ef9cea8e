// Generated from codegen/model/v2/earn-sharkfin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.earn.EarnOrder;
import io.github.bitget4j.model.v2.earn.EarnResult;
import io.github.bitget4j.model.v2.earn.EarnSharkfinAccount;
import io.github.bitget4j.model.v2.earn.EarnSharkfinAssets;
import io.github.bitget4j.model.v2.earn.EarnSharkfinProducts;
import io.github.bitget4j.model.v2.earn.EarnSharkfinRecords;
import io.github.bitget4j.model.v2.earn.EarnSharkfinSubscribeInfo;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;

/** The endpoints of {@code io.github.bitget4j.v2.EarnSharkfinApiV2}. */
public final class EarnSharkfinEndpointsV2 {

    /** {@code GET /api/v2/earn/sharkfin/product}. */
    public static final Endpoint<EarnSharkfinProducts> GET_SHARKFIN_PRODUCTS =
            Endpoint.get("/api/v2/earn/sharkfin/product", PRIVATE, EarnSharkfinProducts.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "limit", "idLessThan");

    /** {@code GET /api/v2/earn/sharkfin/account}. */
    public static final Endpoint<EarnSharkfinAccount> GET_SHARKFIN_ACCOUNT =
            Endpoint.get("/api/v2/earn/sharkfin/account", PRIVATE, EarnSharkfinAccount.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/earn/sharkfin/assets}. */
    public static final Endpoint<EarnSharkfinAssets> GET_SHARKFIN_ASSETS =
            Endpoint.get("/api/v2/earn/sharkfin/assets", PRIVATE, EarnSharkfinAssets.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("status", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/earn/sharkfin/records}. */
    public static final Endpoint<EarnSharkfinRecords> GET_SHARKFIN_RECORDS =
            Endpoint.get("/api/v2/earn/sharkfin/records", PRIVATE, EarnSharkfinRecords.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "type", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/earn/sharkfin/subscribe-info}. */
    public static final Endpoint<EarnSharkfinSubscribeInfo> GET_SHARKFIN_SUBSCRIPTION =
            Endpoint.get("/api/v2/earn/sharkfin/subscribe-info", PRIVATE, EarnSharkfinSubscribeInfo.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId");

    /** {@code POST /api/v2/earn/sharkfin/subscribe}. */
    public static final Endpoint<EarnOrder> SUBSCRIBE_SHARKFIN =
            Endpoint.post("/api/v2/earn/sharkfin/subscribe", PRIVATE, EarnOrder.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId", "amount");

    /** {@code GET /api/v2/earn/sharkfin/subscribe-result}. */
    public static final Endpoint<EarnResult> GET_SHARKFIN_SUBSCRIPTION_RESULT =
            Endpoint.get("/api/v2/earn/sharkfin/subscribe-result", PRIVATE, EarnResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId");

    private EarnSharkfinEndpointsV2() {
    }
}
