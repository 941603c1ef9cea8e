// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.copy.CopyFollower;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderClosedOrder;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderCurrentOrders;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderDailyShare;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderHistoryOrders;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderPendingShare;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderProfitHistory;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderProfitShares;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderSummary;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderSymbolSetting;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.CopyFuturesTraderApiV2}. */
public final class CopyFuturesTraderEndpointsV2 {

    /** {@code GET /api/v2/copy/mix-trader/order-current-track}. */
    public static final Endpoint<CopyFuturesTraderCurrentOrders> GET_FUTURES_TRADER_CURRENT_ORDER =
            Endpoint.get("/api/v2/copy/mix-trader/order-current-track", PRIVATE, CopyFuturesTraderCurrentOrders.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "startTime", "endTime", "limit", "idGreaterThan", "idLessThan");

    /** {@code GET /api/v2/copy/mix-trader/order-history-track}. */
    public static final Endpoint<CopyFuturesTraderHistoryOrders> GET_FUTURES_TRADER_HISTORY_ORDERS =
            Endpoint.get("/api/v2/copy/mix-trader/order-history-track", PRIVATE, CopyFuturesTraderHistoryOrders.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("idLessThan", "idGreaterThan", "startTime", "endTime", "limit", "order", "symbol", "productType");

    /** {@code POST /api/v2/copy/mix-trader/order-modify-tpsl}. */
    public static final Endpoint<String> MODIFY_FUTURES_TRADER_ORDER_TPSL =
            Endpoint.post("/api/v2/copy/mix-trader/order-modify-tpsl", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("trackingNo", "productType", "stopSurplusPrice", "stopLossPrice");

    /** {@code POST /api/v2/copy/mix-trader/order-close-positions}. */
    public static final Endpoint<List<CopyFuturesTraderClosedOrder>> CLOSE_FUTURES_TRADER_ORDER =
            Endpoint.postList("/api/v2/copy/mix-trader/order-close-positions", PRIVATE, CopyFuturesTraderClosedOrder.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("trackingNo", "symbol", "productType");

    /** {@code GET /api/v2/copy/mix-trader/order-total-detail}. */
    public static final Endpoint<CopyFuturesTraderSummary> GET_FUTURES_TRADER_ORDER =
            Endpoint.get("/api/v2/copy/mix-trader/order-total-detail", PRIVATE, CopyFuturesTraderSummary.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/copy/mix-trader/profit-history-summarys}. */
    public static final Endpoint<CopyFuturesTraderProfitHistory> GET_FUTURES_TRADER_PROFIT_HISTORY =
            Endpoint.get("/api/v2/copy/mix-trader/profit-history-summarys", PRIVATE, CopyFuturesTraderProfitHistory.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/copy/mix-trader/profit-history-details}. */
    public static final Endpoint<CopyFuturesTraderProfitShares> GET_FUTURES_TRADER_PROFIT_SHARE_HISTORY =
            Endpoint.get("/api/v2/copy/mix-trader/profit-history-details", PRIVATE, CopyFuturesTraderProfitShares.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "idLessThan", "idGreaterThan", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/copy/mix-trader/profit-details}. */
    public static final Endpoint<List<CopyFuturesTraderPendingShare>> GET_FUTURES_TRADER_PROFIT_SHARE =
            Endpoint.getList("/api/v2/copy/mix-trader/profit-details", PRIVATE, CopyFuturesTraderPendingShare.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "pageNo", "pageSize");

    /** {@code GET /api/v2/copy/mix-trader/profits-group-coin-date}. */
    public static final Endpoint<List<CopyFuturesTraderDailyShare>> GET_FUTURES_TRADER_PROFIT_SHARE_GROUP =
            Endpoint.getList("/api/v2/copy/mix-trader/profits-group-coin-date", PRIVATE, CopyFuturesTraderDailyShare.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("pageSize", "pageNo");

    /** {@code GET /api/v2/copy/mix-trader/config-query-symbols}. */
    public static final Endpoint<List<CopyFuturesTraderSymbolSetting>> GET_FUTURES_TRADER_SYMBOL_SETTINGS =
            Endpoint.getList("/api/v2/copy/mix-trader/config-query-symbols", PRIVATE, CopyFuturesTraderSymbolSetting.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productType");

    /** {@code POST /api/v2/copy/mix-trader/config-setting-symbols}. */
    public static final Endpoint<String> UPDATE_FUTURES_TRADER_SYMBOL_SETTINGS =
            Endpoint.post("/api/v2/copy/mix-trader/config-setting-symbols", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("settingList");

    /** {@code POST /api/v2/copy/mix-trader/config-settings-base}. */
    public static final Endpoint<String> UPDATE_FUTURES_TRADER_GLOBAL_SETTINGS =
            Endpoint.post("/api/v2/copy/mix-trader/config-settings-base", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("enable", "showTotalEquity", "showTpsl");

    /** {@code GET /api/v2/copy/mix-trader/config-query-followers}. */
    public static final Endpoint<List<CopyFollower>> GET_FUTURES_TRADER_FOLLOWERS =
            Endpoint.getList("/api/v2/copy/mix-trader/config-query-followers", PRIVATE, CopyFollower.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("pageNo", "pageSize", "startTime", "endTime");

    /** {@code POST /api/v2/copy/mix-trader/config-remove-follower}. */
    public static final Endpoint<String> REMOVE_FUTURES_TRADER_FOLLOWER =
            Endpoint.post("/api/v2/copy/mix-trader/config-remove-follower", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("followerUid");

    private CopyFuturesTraderEndpointsV2() {
    }
}
