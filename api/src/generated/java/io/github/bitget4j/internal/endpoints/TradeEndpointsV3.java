// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v3.BatchOrderResult;
import io.github.bitget4j.model.v3.OrderInfo;
import io.github.bitget4j.model.v3.UnfilledOrders;
import io.github.bitget4j.model.v3.UtaFills;
import io.github.bitget4j.model.v3.UtaHistoryOrders;
import io.github.bitget4j.model.v3.UtaLoanData;
import io.github.bitget4j.model.v3.UtaOrderResults;
import io.github.bitget4j.model.v3.UtaStrategyCancelResult;
import io.github.bitget4j.model.v3.UtaStrategyOrder;
import io.github.bitget4j.model.v3.UtaStrategyOrders;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.TradeApiV3}. */
public final class TradeEndpointsV3 {

    /** {@code POST /api/v3/trade/place-order}. */
    public static final Endpoint<OrderIds> SUBMIT_NEW_ORDER =
            Endpoint.post("/api/v3/trade/place-order", PRIVATE, OrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol", "qty", "price", "side", "orderType", "timeInForce", "posSide", "clientOid", "reduceOnly", "marginMode", "stpMode", "tpTriggerBy", "slTriggerBy", "takeProfit", "stopLoss", "tpOrderType", "slOrderType", "tpLimitPrice", "slLimitPrice");

    /** {@code POST /api/v3/trade/cancel-order}. */
    public static final Endpoint<OrderIds> CANCEL_ORDER =
            Endpoint.post("/api/v3/trade/cancel-order", PRIVATE, OrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid", "category");

    /** {@code GET /api/v3/trade/order-info}. */
    public static final Endpoint<OrderInfo> GET_ORDER_INFO =
            Endpoint.get("/api/v3/trade/order-info", PRIVATE, OrderInfo.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid");

    /** {@code GET /api/v3/trade/unfilled-orders}. */
    public static final Endpoint<UnfilledOrders> GET_UNFILLED_ORDERS =
            Endpoint.get("/api/v3/trade/unfilled-orders", PRIVATE, UnfilledOrders.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol", "startTime", "endTime", "limit", "cursor");

    /** {@code POST /api/v3/trade/place-batch}. */
    public static final Endpoint<List<BatchOrderResult>> PLACE_BATCH_ORDERS =
            Endpoint.postList("/api/v3/trade/place-batch", PRIVATE, BatchOrderResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID);

    /** {@code POST /api/v3/trade/modify-order}. */
    public static final Endpoint<OrderIds> MODIFY_ORDER =
            Endpoint.post("/api/v3/trade/modify-order", PRIVATE, OrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid", "qty", "price", "autoCancel", "symbol", "category", "tpTriggerBy", "slTriggerBy", "takeProfit", "stopLoss", "tpOrderType", "slOrderType", "tpLimitPrice", "slLimitPrice");

    /** {@code POST /api/v3/trade/batch-modify-order}. */
    public static final Endpoint<List<BatchOrderResult>> BATCH_MODIFY_ORDERS =
            Endpoint.postList("/api/v3/trade/batch-modify-order", PRIVATE, BatchOrderResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID);

    /** {@code POST /api/v3/trade/cancel-batch}. */
    public static final Endpoint<List<BatchOrderResult>> CANCEL_BATCH_ORDERS =
            Endpoint.postList("/api/v3/trade/cancel-batch", PRIVATE, BatchOrderResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID);

    /** {@code POST /api/v3/trade/cancel-symbol-order}. */
    public static final Endpoint<UtaOrderResults> CANCEL_ALL_ORDERS =
            Endpoint.post("/api/v3/trade/cancel-symbol-order", PRIVATE, UtaOrderResults.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol");

    /** {@code POST /api/v3/trade/close-positions}. */
    public static final Endpoint<UtaOrderResults> CLOSE_ALL_POSITIONS =
            Endpoint.post("/api/v3/trade/close-positions", PRIVATE, UtaOrderResults.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol", "posSide");

    /** {@code GET /api/v3/trade/history-orders}. */
    public static final Endpoint<UtaHistoryOrders> GET_HISTORY_ORDERS =
            Endpoint.get("/api/v3/trade/history-orders", PRIVATE, UtaHistoryOrders.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol", "startTime", "endTime", "limit", "cursor");

    /** {@code GET /api/v3/trade/fills}. */
    public static final Endpoint<UtaFills> GET_TRADE_FILLS =
            Endpoint.get("/api/v3/trade/fills", PRIVATE, UtaFills.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "orderId", "startTime", "endTime", "limit", "cursor");

    /** {@code POST /api/v3/trade/countdown-cancel-all}. */
    public static final Endpoint<String> COUNTDOWN_CANCEL_ALL =
            Endpoint.post("/api/v3/trade/countdown-cancel-all", PRIVATE, String.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("countdown");

    /** {@code POST /api/v3/trade/place-reality-order}. */
    public static final Endpoint<OrderIds> PLACE_REALITY_ORDER =
            Endpoint.post("/api/v3/trade/place-reality-order", PRIVATE, OrderIds.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol", "side", "orderType", "qty", "price", "clientOid");

    /** {@code POST /api/v3/trade/cancel-reality-order}. */
    public static final Endpoint<OrderIds> CANCEL_REALITY_ORDER =
            Endpoint.post("/api/v3/trade/cancel-reality-order", PRIVATE, OrderIds.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol", "orderId", "clientOid");

    /** {@code GET /api/v3/trade/loan-data}. */
    public static final Endpoint<UtaLoanData> GET_LOAN_DATA =
            Endpoint.get("/api/v3/trade/loan-data", PRIVATE, UtaLoanData.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code POST /api/v3/trade/place-strategy-order}. */
    public static final Endpoint<OrderIds> SUBMIT_STRATEGY_ORDER =
            Endpoint.post("/api/v3/trade/place-strategy-order", PRIVATE, OrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol", "clientOid", "type", "tpslMode", "qty", "side", "posSide", "reduceOnly", "tpTriggerBy", "slTriggerBy", "takeProfit", "stopLoss", "tpOrderType", "slOrderType", "tpLimitPrice", "slLimitPrice", "triggerBy", "triggerPrice", "triggerOrderType", "triggerOrderPrice");

    /** {@code POST /api/v3/trade/modify-strategy-order}. */
    public static final Endpoint<OrderIds> MODIFY_STRATEGY_ORDER =
            Endpoint.post("/api/v3/trade/modify-strategy-order", PRIVATE, OrderIds.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid", "qty", "tpTriggerBy", "slTriggerBy", "takeProfit", "stopLoss", "tpOrderType", "slOrderType", "tpLimitPrice", "slLimitPrice", "triggerBy", "triggerPrice", "triggerOrderType", "triggerOrderPrice");

    /** {@code POST /api/v3/trade/cancel-strategy-order}. */
    public static final Endpoint<UtaStrategyCancelResult> CANCEL_STRATEGY_ORDER =
            Endpoint.post("/api/v3/trade/cancel-strategy-order", PRIVATE, UtaStrategyCancelResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid");

    /** {@code GET /api/v3/trade/unfilled-strategy-orders}. */
    public static final Endpoint<List<UtaStrategyOrder>> GET_UNFILLED_STRATEGY_ORDERS =
            Endpoint.getList("/api/v3/trade/unfilled-strategy-orders", PRIVATE, UtaStrategyOrder.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "type");

    /** {@code GET /api/v3/trade/history-strategy-orders}. */
    public static final Endpoint<UtaStrategyOrders> GET_HISTORY_STRATEGY_ORDERS =
            Endpoint.get("/api/v3/trade/history-strategy-orders", PRIVATE, UtaStrategyOrders.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "type", "startTime", "endTime", "limit", "cursor");

    private TradeEndpointsV3() {
    }
}
