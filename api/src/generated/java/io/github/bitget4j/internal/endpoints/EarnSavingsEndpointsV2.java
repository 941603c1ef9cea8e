// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.earn.EarnOrder;
import io.github.bitget4j.model.v2.earn.EarnResult;
import io.github.bitget4j.model.v2.earn.EarnSavingsAccount;
import io.github.bitget4j.model.v2.earn.EarnSavingsAssets;
import io.github.bitget4j.model.v2.earn.EarnSavingsProduct;
import io.github.bitget4j.model.v2.earn.EarnSavingsRecords;
import io.github.bitget4j.model.v2.earn.EarnSavingsSubscribeInfo;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.EarnSavingsApiV2}. */
public final class EarnSavingsEndpointsV2 {

    /** {@code GET /api/v2/earn/savings/product}. */
    public static final Endpoint<List<EarnSavingsProduct>> GET_EARN_SAVINGS_PRODUCTS =
            Endpoint.getList("/api/v2/earn/savings/product", PRIVATE, EarnSavingsProduct.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "filter");

    /** {@code GET /api/v2/earn/savings/account}. */
    public static final Endpoint<EarnSavingsAccount> GET_EARN_SAVINGS_ACCOUNT =
            Endpoint.get("/api/v2/earn/savings/account", PRIVATE, EarnSavingsAccount.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/earn/savings/assets}. */
    public static final Endpoint<EarnSavingsAssets> GET_EARN_SAVINGS_ASSETS =
            Endpoint.get("/api/v2/earn/savings/assets", PRIVATE, EarnSavingsAssets.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("periodType", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/earn/savings/records}. */
    public static final Endpoint<EarnSavingsRecords> GET_EARN_SAVINGS_RECORDS =
            Endpoint.get("/api/v2/earn/savings/records", PRIVATE, EarnSavingsRecords.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "periodType", "orderType", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/earn/savings/subscribe-info}. */
    public static final Endpoint<EarnSavingsSubscribeInfo> GET_EARN_SAVINGS_SUBSCRIPTION =
            Endpoint.get("/api/v2/earn/savings/subscribe-info", PRIVATE, EarnSavingsSubscribeInfo.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId", "periodType");

    /** {@code POST /api/v2/earn/savings/subscribe}. */
    public static final Endpoint<EarnOrder> EARN_SUBSCRIBE_SAVINGS =
            Endpoint.post("/api/v2/earn/savings/subscribe", PRIVATE, EarnOrder.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId", "periodType", "amount");

    /** {@code GET /api/v2/earn/savings/subscribe-result}. */
    public static final Endpoint<EarnResult> GET_EARN_SAVINGS_SUBSCRIPTION_RESULT =
            Endpoint.get("/api/v2/earn/savings/subscribe-result", PRIVATE, EarnResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "productId", "periodType");

    /** {@code POST /api/v2/earn/savings/redeem}. */
    public static final Endpoint<EarnOrder> EARN_REDEEM_SAVINGS =
            Endpoint.post("/api/v2/earn/savings/redeem", PRIVATE, EarnOrder.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId", "orderId", "periodType", "amount");

    /** {@code GET /api/v2/earn/savings/redeem-result}. */
    public static final Endpoint<EarnResult> GET_EARN_SAVINGS_REDEMPTION_RESULT =
            Endpoint.get("/api/v2/earn/savings/redeem-result", PRIVATE, EarnResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "periodType");

    private EarnSavingsEndpointsV2() {
    }
}
