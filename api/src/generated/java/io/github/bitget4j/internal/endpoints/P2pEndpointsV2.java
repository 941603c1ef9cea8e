// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.p2p.P2pAdvertisements;
import io.github.bitget4j.model.v2.p2p.P2pMerchantInfo;
import io.github.bitget4j.model.v2.p2p.P2pMerchants;
import io.github.bitget4j.model.v2.p2p.P2pOrders;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;

/** The endpoints of {@code io.github.bitget4j.v2.P2pApiV2}. */
public final class P2pEndpointsV2 {

    /** {@code GET /api/v2/p2p/merchantList}. */
    public static final Endpoint<P2pMerchants> GET_P2_P_MERCHANT_LIST =
            Endpoint.get("/api/v2/p2p/merchantList", PRIVATE, P2pMerchants.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("online", "idLessThan", "limit");

    /** {@code GET /api/v2/p2p/merchantInfo}. */
    public static final Endpoint<P2pMerchantInfo> GET_P2_P_MERCHANT_INFO =
            Endpoint.get("/api/v2/p2p/merchantInfo", PRIVATE, P2pMerchantInfo.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/p2p/orderList}. */
    public static final Endpoint<P2pOrders> GET_P2_P_MERCHANT_ORDERS =
            Endpoint.get("/api/v2/p2p/orderList", PRIVATE, P2pOrders.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "idLessThan", "limit", "status", "advNo", "side", "coin", "language", "fiat", "orderNo");

    /** {@code GET /api/v2/p2p/advList}. */
    public static final Endpoint<P2pAdvertisements> GET_P2_P_MERCHANT_ADVERTISEMENT_LIST =
            Endpoint.get("/api/v2/p2p/advList", PRIVATE, P2pAdvertisements.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "idLessThan", "limit", "status", "advNo", "side", "coin", "language", "fiat", "orderBy", "payMethodId", "sourceType");

    private P2pEndpointsV2() {
    }
}
