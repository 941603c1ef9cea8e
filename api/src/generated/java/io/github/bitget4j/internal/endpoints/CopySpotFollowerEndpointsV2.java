// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.copy.CopySpotFollowedTraders;
import io.github.bitget4j.model.v2.copy.CopySpotFollowerConfig;
import io.github.bitget4j.model.v2.copy.CopySpotFollowerCurrentOrders;
import io.github.bitget4j.model.v2.copy.CopySpotFollowerHistoryOrders;
import io.github.bitget4j.model.v2.copy.CopySpotTraderSymbols;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;

/** The endpoints of {@code io.github.bitget4j.v2.CopySpotFollowerApiV2}. */
public final class CopySpotFollowerEndpointsV2 {

    /** {@code POST /api/v2/copy/spot-follower/stop-order}. */
    public static final Endpoint<String> CANCEL_SPOT_FOLLOWER_ORDER =
            Endpoint.post("/api/v2/copy/spot-follower/stop-order", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("trackingNoList");

    /** {@code POST /api/v2/copy/spot-follower/order-close-tracking}. */
    public static final Endpoint<String> SELL_SPOT_FOLLOWER =
            Endpoint.post("/api/v2/copy/spot-follower/order-close-tracking", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("trackingNoList", "symbol");

    /** {@code POST /api/v2/copy/spot-follower/setting-tpsl}. */
    public static final Endpoint<String> UPDATE_SPOT_FOLLOWER_TPSL =
            Endpoint.post("/api/v2/copy/spot-follower/setting-tpsl", PRIVATE, String.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("trackingNo", "stopSurplusPrice", "stopLossPrice");

    /** {@code GET /api/v2/copy/spot-follower/query-current-orders}. */
    public static final Endpoint<CopySpotFollowerCurrentOrders> GET_SPOT_FOLLOWER_OPEN_ORDERS =
            Endpoint.get("/api/v2/copy/spot-follower/query-current-orders", PRIVATE, CopySpotFollowerCurrentOrders.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "traderId", "idLessThan", "idGreaterThan", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/copy/spot-follower/query-history-orders}. */
    public static final Endpoint<CopySpotFollowerHistoryOrders> GET_SPOT_FOLLOWER_HISTORY_ORDERS =
            Endpoint.get("/api/v2/copy/spot-follower/query-history-orders", PRIVATE, CopySpotFollowerHistoryOrders.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "traderId", "idLessThan", "idGreaterThan", "startTime", "endTime", "limit");

    /** {@code POST /api/v2/copy/spot-follower/settings}. */
    public static final Endpoint<String> UPDATE_SPOT_FOLLOWER_SETTINGS =
            Endpoint.post("/api/v2/copy/spot-follower/settings", PRIVATE, String.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("traderId", "autoCopy", "mode", "settings");

    /** {@code GET /api/v2/copy/spot-follower/query-settings}. */
    public static final Endpoint<CopySpotFollowerConfig> GET_SPOT_FOLLOWER_SETTINGS =
            Endpoint.get("/api/v2/copy/spot-follower/query-settings", PRIVATE, CopySpotFollowerConfig.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("traderId");

    /** {@code GET /api/v2/copy/spot-follower/query-traders}. */
    public static final Endpoint<CopySpotFollowedTraders> GET_SPOT_FOLLOWER_TRADERS =
            Endpoint.get("/api/v2/copy/spot-follower/query-traders", PRIVATE, CopySpotFollowedTraders.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "pageNo", "pageSize");

    /** {@code GET /api/v2/copy/spot-follower/query-trader-symbols}. */
    public static final Endpoint<CopySpotTraderSymbols> GET_SPOT_FOLLOWER_CURRENT_TRADER_SYMBOLS =
            Endpoint.get("/api/v2/copy/spot-follower/query-trader-symbols", PRIVATE, CopySpotTraderSymbols.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("traderId");

    /** {@code POST /api/v2/copy/spot-follower/cancel-trader}. */
    public static final Endpoint<String> UNFOLLOW_SPOT_TRADER =
            Endpoint.post("/api/v2/copy/spot-follower/cancel-trader", PRIVATE, String.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("traderId");

    private CopySpotFollowerEndpointsV2() {
    }
}
