// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.UtaP2pAdId;
import io.github.bitget4j.model.v3.UtaP2pAdInfo;
import io.github.bitget4j.model.v3.UtaP2pAdLimit;
import io.github.bitget4j.model.v3.UtaP2pBalance;
import io.github.bitget4j.model.v3.UtaP2pCurrencies;
import io.github.bitget4j.model.v3.UtaP2pExchangeRate;
import io.github.bitget4j.model.v3.UtaP2pFee;
import io.github.bitget4j.model.v3.UtaP2pMyAds;
import io.github.bitget4j.model.v3.UtaP2pOrderInfo;
import io.github.bitget4j.model.v3.UtaP2pOrders;
import io.github.bitget4j.model.v3.UtaP2pPayMethod;
import io.github.bitget4j.model.v3.UtaP2pPublicAd;
import io.github.bitget4j.model.v3.UtaP2pUserInfo;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.P2pApiV3}. */
public final class P2pEndpointsV3 {

    /** {@code POST /api/v3/p2p/order-release}. */
    public static final Endpoint<String> RELEASE_P2P_ORDER_ASSET =
            Endpoint.post("/api/v3/p2p/order-release", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId");

    /** {@code POST /api/v3/p2p/order-pay}. */
    public static final Endpoint<String> CONFIRM_P2P_ORDER_PAYMENT =
            Endpoint.post("/api/v3/p2p/order-pay", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId");

    /** {@code GET /api/v3/p2p/order-info}. */
    public static final Endpoint<UtaP2pOrderInfo> GET_P2P_ORDER_INFO =
            Endpoint.get("/api/v3/p2p/order-info", PRIVATE, UtaP2pOrderInfo.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId");

    /** {@code GET /api/v3/p2p/pending-orders}. */
    public static final Endpoint<UtaP2pOrders> GET_P2P_PENDING_ORDERS =
            Endpoint.get("/api/v3/p2p/pending-orders", PRIVATE, UtaP2pOrders.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "side", "startTime", "endTime", "cursor", "limit");

    /** {@code GET /api/v3/p2p/all-orders}. */
    public static final Endpoint<UtaP2pOrders> GET_P2P_ALL_ORDERS =
            Endpoint.get("/api/v3/p2p/all-orders", PRIVATE, UtaP2pOrders.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "limit", "cursor", "orderId", "side", "status");

    /** {@code POST /api/v3/p2p/ad-create}. */
    public static final Endpoint<UtaP2pAdId> CREATE_P2P_AD =
            Endpoint.post("/api/v3/p2p/ad-create", PRIVATE, UtaP2pAdId.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("token", "fiat", "side", "priceType", "price", "premium", "minAmount", "maxAmount", "quantity", "payMethodIds", "remark", "tradeTerms", "payTimeLimit");

    /** {@code POST /api/v3/p2p/ad-update}. */
    public static final Endpoint<String> UPDATE_P2P_AD =
            Endpoint.post("/api/v3/p2p/ad-update", PRIVATE, String.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("advId", "priceType", "price", "premium", "minAmount", "maxAmount", "quantity", "payMethodIds", "payTimeLimit", "remark", "tradeTerms");

    /** {@code POST /api/v3/p2p/ad-operate}. */
    public static final Endpoint<String> OPERATE_P2P_AD =
            Endpoint.post("/api/v3/p2p/ad-operate", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("advId", "operation");

    /** {@code GET /api/v3/p2p/ad-info}. */
    public static final Endpoint<UtaP2pAdInfo> GET_P2P_AD_INFO =
            Endpoint.get("/api/v3/p2p/ad-info", PRIVATE, UtaP2pAdInfo.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("advId");

    /** {@code GET /api/v3/p2p/my-ads}. */
    public static final Endpoint<UtaP2pMyAds> GET_P2P_MY_ADS =
            Endpoint.get("/api/v3/p2p/my-ads", PRIVATE, UtaP2pMyAds.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "limit", "cursor", "advId", "token", "fiat", "status");

    /** {@code GET /api/v3/p2p/ad-list}. */
    public static final Endpoint<List<UtaP2pPublicAd>> GET_P2P_AD_LIST =
            Endpoint.getList("/api/v3/p2p/ad-list", PRIVATE, UtaP2pPublicAd.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("token", "fiat", "side", "amount", "pageNum", "limit");

    /** {@code GET /api/v3/p2p/ad-limit}. */
    public static final Endpoint<UtaP2pAdLimit> GET_P2P_AD_LIMIT =
            Endpoint.get("/api/v3/p2p/ad-limit", PRIVATE, UtaP2pAdLimit.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("token", "fiat", "side");

    /** {@code POST /api/v3/p2p/fee-simulate}. */
    public static final Endpoint<UtaP2pFee> SIMULATE_P2P_FEE =
            Endpoint.post("/api/v3/p2p/fee-simulate", PRIVATE, UtaP2pFee.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("token", "fiat", "side", "marketType", "amount");

    /** {@code GET /api/v3/p2p/exchange-rate}. */
    public static final Endpoint<UtaP2pExchangeRate> GET_P2P_EXCHANGE_RATE =
            Endpoint.get("/api/v3/p2p/exchange-rate", PRIVATE, UtaP2pExchangeRate.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("token", "fiat");

    /** {@code GET /api/v3/p2p/balance}. */
    public static final Endpoint<UtaP2pBalance> GET_P2P_BALANCE =
            Endpoint.get("/api/v3/p2p/balance", PRIVATE, UtaP2pBalance.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("token");

    /** {@code GET /api/v3/p2p/user-info}. */
    public static final Endpoint<UtaP2pUserInfo> GET_P2P_USER_INFO =
            Endpoint.get("/api/v3/p2p/user-info", PRIVATE, UtaP2pUserInfo.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v3/p2p/currencies}. */
    public static final Endpoint<UtaP2pCurrencies> GET_P2P_CURRENCIES =
            Endpoint.get("/api/v3/p2p/currencies", PRIVATE, UtaP2pCurrencies.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v3/p2p/pay-method}. */
    public static final Endpoint<List<UtaP2pPayMethod>> GET_P2P_PAY_METHODS =
            Endpoint.getList("/api/v3/p2p/pay-method", PRIVATE, UtaP2pPayMethod.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    private P2pEndpointsV3() {
    }
}
