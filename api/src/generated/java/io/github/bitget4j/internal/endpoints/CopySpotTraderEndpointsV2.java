// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.copy.CopyFollower;
import io.github.bitget4j.model.v2.copy.CopySpotTraderConfig;
import io.github.bitget4j.model.v2.copy.CopySpotTraderCurrentOrders;
import io.github.bitget4j.model.v2.copy.CopySpotTraderHistoryOrders;
import io.github.bitget4j.model.v2.copy.CopySpotTraderPendingShare;
import io.github.bitget4j.model.v2.copy.CopySpotTraderProfitOverview;
import io.github.bitget4j.model.v2.copy.CopySpotTraderProfitShares;
import io.github.bitget4j.model.v2.copy.CopySpotTraderSummary;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.CopySpotTraderApiV2}. */
public final class CopySpotTraderEndpointsV2 {

    /** {@code GET /api/v2/copy/spot-trader/profit-summarys}. */
    public static final Endpoint<CopySpotTraderProfitOverview> GET_SPOT_TRADER_PROFIT =
            Endpoint.get("/api/v2/copy/spot-trader/profit-summarys", PRIVATE, CopySpotTraderProfitOverview.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/copy/spot-trader/profit-history-details}. */
    public static final Endpoint<CopySpotTraderProfitShares> GET_SPOT_TRADER_HISTORY_PROFIT =
            Endpoint.get("/api/v2/copy/spot-trader/profit-history-details", PRIVATE, CopySpotTraderProfitShares.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "idLessThan", "idGreaterThan", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/copy/spot-trader/profit-details}. */
    public static final Endpoint<List<CopySpotTraderPendingShare>> GET_SPOT_TRADER_UNREALIZED_PROFIT =
            Endpoint.getList("/api/v2/copy/spot-trader/profit-details", PRIVATE, CopySpotTraderPendingShare.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "pageNo", "pageSize");

    /** {@code GET /api/v2/copy/spot-trader/order-total-detail}. */
    public static final Endpoint<CopySpotTraderSummary> GET_SPOT_TRADER_ORDER =
            Endpoint.get("/api/v2/copy/spot-trader/order-total-detail", PRIVATE, CopySpotTraderSummary.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code POST /api/v2/copy/spot-trader/order-modify-tpsl}. */
    public static final Endpoint<String> MODIFY_SPOT_TRADER_ORDER_TPSL =
            Endpoint.post("/api/v2/copy/spot-trader/order-modify-tpsl", PRIVATE, String.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("trackingNo", "stopSurplusPrice", "stopLossPrice");

    /** {@code GET /api/v2/copy/spot-trader/order-history-track}. */
    public static final Endpoint<CopySpotTraderHistoryOrders> GET_SPOT_TRADER_HISTORY_ORDERS =
            Endpoint.get("/api/v2/copy/spot-trader/order-history-track", PRIVATE, CopySpotTraderHistoryOrders.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "idLessThan", "idGreaterThan", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/copy/spot-trader/order-current-track}. */
    public static final Endpoint<CopySpotTraderCurrentOrders> GET_SPOT_TRADER_CURRENT_ORDERS =
            Endpoint.get("/api/v2/copy/spot-trader/order-current-track", PRIVATE, CopySpotTraderCurrentOrders.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "idLessThan", "idGreaterThan", "startTime", "endTime", "limit");

    /** {@code POST /api/v2/copy/spot-trader/order-close-tracking}. */
    public static final Endpoint<String> SELL_SPOT_TRADER =
            Endpoint.post("/api/v2/copy/spot-trader/order-close-tracking", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("trackingNoList", "symbol");

    /** {@code POST /api/v2/copy/spot-trader/config-setting-symbols}. */
    public static final Endpoint<String> GET_SPOT_TRADER_SYMBOL_SETTINGS =
            Endpoint.post("/api/v2/copy/spot-trader/config-setting-symbols", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbolList", "settingType");

    /** {@code POST /api/v2/copy/spot-trader/config-remove-follower}. */
    public static final Endpoint<String> REMOVE_SPOT_TRADER_FOLLOWERS =
            Endpoint.post("/api/v2/copy/spot-trader/config-remove-follower", PRIVATE, String.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("followerUid");

    /** {@code GET /api/v2/copy/spot-trader/config-query-settings}. */
    public static final Endpoint<CopySpotTraderConfig> GET_SPOT_TRADER_CONFIGURATION =
            Endpoint.get("/api/v2/copy/spot-trader/config-query-settings", PRIVATE, CopySpotTraderConfig.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/copy/spot-trader/config-query-followers}. */
    public static final Endpoint<List<CopyFollower>> GET_SPOT_TRADER_FOLLOWERS =
            Endpoint.getList("/api/v2/copy/spot-trader/config-query-followers", PRIVATE, CopyFollower.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("pageNo", "pageSize", "startTime", "endTime");

    private CopySpotTraderEndpointsV2() {
    }
}
