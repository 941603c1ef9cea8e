// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.UtaEarnEliteAssets;
import io.github.bitget4j.model.v3.UtaEarnEliteProduct;
import io.github.bitget4j.model.v3.UtaEarnOrderId;
import io.github.bitget4j.model.v3.UtaEarnRecords;
import io.github.bitget4j.model.v3.UtaEarnRedeemInfo;
import io.github.bitget4j.model.v3.UtaEarnSubscribeInfo;
import io.github.bitget4j.model.v3.UtaEarnSubscribeStatus;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.EarnApiV3}. */
public final class EarnEndpointsV3 {

    /** {@code POST /api/v3/earn/elite-subscribe}. */
    public static final Endpoint<UtaEarnOrderId> SUBSCRIBE_EARN_ELITE =
            Endpoint.post("/api/v3/earn/elite-subscribe", PRIVATE, UtaEarnOrderId.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productSubId", "amount", "coin", "paymentAccount");

    /** {@code GET /api/v3/earn/elite-subscribe-result}. */
    public static final Endpoint<UtaEarnSubscribeStatus> GET_EARN_ELITE_SUBSCRIBE_RESULT =
            Endpoint.get("/api/v3/earn/elite-subscribe-result", PRIVATE, UtaEarnSubscribeStatus.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId");

    /** {@code POST /api/v3/earn/elite-redeem}. */
    public static final Endpoint<UtaEarnOrderId> REDEEM_EARN_ELITE =
            Endpoint.post("/api/v3/earn/elite-redeem", PRIVATE, UtaEarnOrderId.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId", "productSubId", "redeemType", "amount", "receiveAccount", "advancedSettle", "coin");

    /** {@code GET /api/v3/earn/elite-product}. */
    public static final Endpoint<List<UtaEarnEliteProduct>> GET_EARN_ELITE_PRODUCTS =
            Endpoint.getList("/api/v3/earn/elite-product", PRIVATE, UtaEarnEliteProduct.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v3/earn/elite-assets}. */
    public static final Endpoint<UtaEarnEliteAssets> GET_EARN_ELITE_ASSETS =
            Endpoint.get("/api/v3/earn/elite-assets", PRIVATE, UtaEarnEliteAssets.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v3/earn/elite-records}. */
    public static final Endpoint<UtaEarnRecords> GET_EARN_ELITE_RECORDS =
            Endpoint.get("/api/v3/earn/elite-records", PRIVATE, UtaEarnRecords.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("type", "startTime", "endTime", "limit", "cursor");

    /** {@code GET /api/v3/earn/elite-subscribe-info}. */
    public static final Endpoint<UtaEarnSubscribeInfo> GET_EARN_ELITE_SUBSCRIBE_INFO =
            Endpoint.get("/api/v3/earn/elite-subscribe-info", PRIVATE, UtaEarnSubscribeInfo.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId");

    /** {@code GET /api/v3/earn/elite-redeem-info}. */
    public static final Endpoint<UtaEarnRedeemInfo> GET_EARN_ELITE_REDEEM_INFO =
            Endpoint.get("/api/v3/earn/elite-redeem-info", PRIVATE, UtaEarnRedeemInfo.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId");

    private EarnEndpointsV3() {
    }
}
