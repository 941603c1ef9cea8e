// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowLimit;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowedTrader;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerCloseResult;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerCurrentOrder;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerHistoryOrders;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerSettings;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.CopyFuturesFollowerApiV2}. */
public final class CopyFuturesFollowerEndpointsV2 {

    /** {@code GET /api/v2/copy/mix-follower/query-current-orders}. */
    public static final Endpoint<List<CopyFuturesFollowerCurrentOrder>> GET_FUTURES_FOLLOWER_CURRENT_ORDERS =
            Endpoint.getList("/api/v2/copy/mix-follower/query-current-orders", PRIVATE, CopyFuturesFollowerCurrentOrder.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("idLessThan", "idGreaterThan", "startTime", "endTime", "limit", "symbol", "productType", "traderId");

    /** {@code GET /api/v2/copy/mix-follower/query-history-orders}. */
    public static final Endpoint<CopyFuturesFollowerHistoryOrders> GET_FUTURES_FOLLOWER_HISTORY_ORDERS =
            Endpoint.get("/api/v2/copy/mix-follower/query-history-orders", PRIVATE, CopyFuturesFollowerHistoryOrders.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("idLessThan", "idGreaterThan", "startTime", "endTime", "limit", "symbol", "productType", "traderId");

    /** {@code POST /api/v2/copy/mix-follower/setting-tpsl}. */
    public static final Endpoint<String> UPDATE_FUTURES_FOLLOWER_TPSL =
            Endpoint.post("/api/v2/copy/mix-follower/setting-tpsl", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("trackingNo", "symbol", "productType", "stopSurplusPrice", "stopLossPrice");

    /** {@code POST /api/v2/copy/mix-follower/close-positions}. */
    public static final Endpoint<CopyFuturesFollowerCloseResult> CLOSE_FUTURES_FOLLOWER_POSITIONS =
            Endpoint.post("/api/v2/copy/mix-follower/close-positions", PRIVATE, CopyFuturesFollowerCloseResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productType", "trackingNo", "symbol", "marginCoin", "marginMode", "holdSide");

    /** {@code POST /api/v2/copy/mix-follower/settings}. */
    public static final Endpoint<String> UPDATE_FUTURES_FOLLOWER_SETTINGS =
            Endpoint.post("/api/v2/copy/mix-follower/settings", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("traderId", "autoCopy", "mode", "settings");

    /** {@code GET /api/v2/copy/mix-follower/query-settings}. */
    public static final Endpoint<CopyFuturesFollowerSettings> GET_FUTURES_FOLLOWER_SETTINGS =
            Endpoint.get("/api/v2/copy/mix-follower/query-settings", PRIVATE, CopyFuturesFollowerSettings.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("traderId");

    /** {@code GET /api/v2/copy/mix-follower/query-traders}. */
    public static final Endpoint<List<CopyFuturesFollowedTrader>> GET_FUTURES_FOLLOWER_TRADERS =
            Endpoint.getList("/api/v2/copy/mix-follower/query-traders", PRIVATE, CopyFuturesFollowedTrader.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "pageNo", "pageSize");

    /** {@code GET /api/v2/copy/mix-follower/query-quantity-limit}. */
    public static final Endpoint<List<CopyFuturesFollowLimit>> GET_FUTURES_FOLLOWER_FOLLOW_LIMIT =
            Endpoint.getList("/api/v2/copy/mix-follower/query-quantity-limit", PRIVATE, CopyFuturesFollowLimit.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType");

    /** {@code POST /api/v2/copy/mix-follower/cancel-trader}. */
    public static final Endpoint<String> UNFOLLOW_FUTURES_TRADER =
            Endpoint.post("/api/v2/copy/mix-follower/cancel-trader", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("traderId");

    private CopyFuturesFollowerEndpointsV2() {
    }
}
