// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.earn.EarnEliteAssets;
import io.github.bitget4j.model.v2.earn.EarnEliteOrderId;
import io.github.bitget4j.model.v2.earn.EarnEliteProduct;
import io.github.bitget4j.model.v2.earn.EarnEliteRecords;
import io.github.bitget4j.model.v2.earn.EarnEliteRedeemInfo;
import io.github.bitget4j.model.v2.earn.EarnEliteSubscribeInfo;
import io.github.bitget4j.model.v2.earn.EarnEliteSubscribeResult;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.EarnEliteApiV2}. */
public final class EarnEliteEndpointsV2 {

    /** {@code GET /api/v2/earn/elite/product}. */
    public static final Endpoint<List<EarnEliteProduct>> GET_EARN_ELITE_PRODUCTS =
            Endpoint.getList("/api/v2/earn/elite/product", PRIVATE, EarnEliteProduct.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/earn/elite/assets}. */
    public static final Endpoint<EarnEliteAssets> GET_EARN_ELITE_ASSETS =
            Endpoint.get("/api/v2/earn/elite/assets", PRIVATE, EarnEliteAssets.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/earn/elite/records}. */
    public static final Endpoint<EarnEliteRecords> GET_EARN_ELITE_RECORDS =
            Endpoint.get("/api/v2/earn/elite/records", PRIVATE, EarnEliteRecords.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("type", "startTime", "endTime", "limit", "cursor");

    /** {@code GET /api/v2/earn/elite/subscribe-info}. */
    public static final Endpoint<EarnEliteSubscribeInfo> GET_EARN_ELITE_SUBSCRIBE_INFO =
            Endpoint.get("/api/v2/earn/elite/subscribe-info", PRIVATE, EarnEliteSubscribeInfo.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId");

    /** {@code POST /api/v2/earn/elite/subscribe}. */
    public static final Endpoint<EarnEliteOrderId> SUBSCRIBE_EARN_ELITE =
            Endpoint.post("/api/v2/earn/elite/subscribe", PRIVATE, EarnEliteOrderId.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productSubId", "amount", "coin", "paymentAccount");

    /** {@code GET /api/v2/earn/elite/subscribe-result}. */
    public static final Endpoint<EarnEliteSubscribeResult> GET_EARN_ELITE_SUBSCRIBE_RESULT =
            Endpoint.get("/api/v2/earn/elite/subscribe-result", PRIVATE, EarnEliteSubscribeResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId");

    /** {@code GET /api/v2/earn/elite/redeem-info}. */
    public static final Endpoint<EarnEliteRedeemInfo> GET_EARN_ELITE_REDEEM_INFO =
            Endpoint.get("/api/v2/earn/elite/redeem-info", PRIVATE, EarnEliteRedeemInfo.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId");

    /** {@code POST /api/v2/earn/elite/redeem}. */
    public static final Endpoint<EarnEliteOrderId> REDEEM_EARN_ELITE =
            Endpoint.post("/api/v2/earn/elite/redeem", PRIVATE, EarnEliteOrderId.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId", "productSubId", "redeemType", "amount", "receiveAccount", "advancedSettle", "coin");

    private EarnEliteEndpointsV2() {
    }
}
