// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v2.futures.FuturesBatchOrderResult;
import io.github.bitget4j.model.v2.futures.FuturesClosePositionResult;
import io.github.bitget4j.model.v2.futures.FuturesFills;
import io.github.bitget4j.model.v2.futures.FuturesHistoricOrders;
import io.github.bitget4j.model.v2.futures.FuturesHistoricPlanOrders;
import io.github.bitget4j.model.v2.futures.FuturesOpenOrders;
import io.github.bitget4j.model.v2.futures.FuturesOrderDetail;
import io.github.bitget4j.model.v2.futures.FuturesOrderIds;
import io.github.bitget4j.model.v2.futures.FuturesPlanOrders;
import io.github.bitget4j.model.v2.futures.FuturesPosTpslOrderIds;
import io.github.bitget4j.model.v2.futures.FuturesTriggerSubOrder;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.FuturesTradeApiV2}. */
public final class FuturesTradeEndpointsV2 {

    /** {@code POST /api/v2/mix/order/place-order}. */
    public static final Endpoint<FuturesOrderIds> FUTURES_SUBMIT_ORDER =
            Endpoint.post("/api/v2/mix/order/place-order", PRIVATE, FuturesOrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "marginMode", "marginCoin", "size", "price", "side", "tradeSide", "orderType", "force", "clientOid", "reduceOnly", "presetStopSurplusPrice", "presetStopLossPrice", "stpMode");

    /** {@code POST /api/v2/mix/order/click-backhand}. */
    public static final Endpoint<FuturesOrderIds> FUTURES_SUBMIT_REVERSAL =
            Endpoint.post("/api/v2/mix/order/click-backhand", PRIVATE, FuturesOrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "marginCoin", "size", "side", "tradeSide", "clientOid");

    /** {@code POST /api/v2/mix/order/batch-place-order}. */
    public static final Endpoint<FuturesBatchOrderResult> FUTURES_BATCH_SUBMIT_ORDERS =
            Endpoint.post("/api/v2/mix/order/batch-place-order", PRIVATE, FuturesBatchOrderResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "marginCoin", "marginMode", "orderList");

    /** {@code POST /api/v2/mix/order/modify-order}. */
    public static final Endpoint<OrderIds> FUTURES_MODIFY_ORDER =
            Endpoint.post("/api/v2/mix/order/modify-order", PRIVATE, OrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid", "symbol", "productType", "marginCoin", "newClientOid", "newSize", "newPrice", "newPresetStopSurplusPrice", "newPresetStopLossPrice");

    /** {@code POST /api/v2/mix/order/cancel-order}. */
    public static final Endpoint<OrderIds> FUTURES_CANCEL_ORDER =
            Endpoint.post("/api/v2/mix/order/cancel-order", PRIVATE, OrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "marginCoin", "orderId", "clientOid");

    /** {@code POST /api/v2/mix/order/batch-cancel-orders}. */
    public static final Endpoint<FuturesBatchOrderResult> FUTURES_BATCH_CANCEL_ORDERS =
            Endpoint.post("/api/v2/mix/order/batch-cancel-orders", PRIVATE, FuturesBatchOrderResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderIdList", "symbol", "productType", "marginCoin");

    /** {@code POST /api/v2/mix/order/close-positions}. */
    public static final Endpoint<FuturesClosePositionResult> FUTURES_FLASH_CLOSE_POSITIONS =
            Endpoint.post("/api/v2/mix/order/close-positions", PRIVATE, FuturesClosePositionResult.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "holdSide");

    /** {@code GET /api/v2/mix/order/detail}. */
    public static final Endpoint<FuturesOrderDetail> GET_FUTURES_ORDER =
            Endpoint.get("/api/v2/mix/order/detail", PRIVATE, FuturesOrderDetail.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "orderId", "clientOid");

    /** {@code GET /api/v2/mix/order/fills}. */
    public static final Endpoint<FuturesFills> GET_FUTURES_FILLS =
            Endpoint.get("/api/v2/mix/order/fills", PRIVATE, FuturesFills.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "symbol", "productType", "idLessThan", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/mix/order/fill-history}. */
    public static final Endpoint<FuturesFills> GET_FUTURES_HISTORIC_ORDER_FILLS =
            Endpoint.get("/api/v2/mix/order/fill-history", PRIVATE, FuturesFills.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "symbol", "productType", "idLessThan", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/mix/order/orders-pending}. */
    public static final Endpoint<FuturesOpenOrders> GET_FUTURES_OPEN_ORDERS =
            Endpoint.get("/api/v2/mix/order/orders-pending", PRIVATE, FuturesOpenOrders.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid", "symbol", "productType", "status", "idLessThan", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/mix/order/orders-history}. */
    public static final Endpoint<FuturesHistoricOrders> GET_FUTURES_HISTORIC_ORDERS =
            Endpoint.get("/api/v2/mix/order/orders-history", PRIVATE, FuturesHistoricOrders.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid", "symbol", "productType", "idLessThan", "orderSource", "startTime", "endTime", "limit");

    /** {@code POST /api/v2/mix/order/cancel-all-orders}. */
    public static final Endpoint<FuturesBatchOrderResult> FUTURES_CANCEL_ALL_ORDERS =
            Endpoint.post("/api/v2/mix/order/cancel-all-orders", PRIVATE, FuturesBatchOrderResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "marginCoin", "requestTime", "receiveWindow");

    /** {@code GET /api/v2/mix/order/plan-sub-order}. */
    public static final Endpoint<List<FuturesTriggerSubOrder>> GET_FUTURES_TRIGGER_SUB_ORDER =
            Endpoint.getList("/api/v2/mix/order/plan-sub-order", PRIVATE, FuturesTriggerSubOrder.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("planType", "planOrderId", "productType");

    /** {@code POST /api/v2/mix/order/place-tpsl-order}. */
    public static final Endpoint<OrderIds> FUTURES_SUBMIT_TPSL_ORDER =
            Endpoint.post("/api/v2/mix/order/place-tpsl-order", PRIVATE, OrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginCoin", "productType", "symbol", "planType", "triggerPrice", "triggerType", "executePrice", "holdSide", "size", "rangeRate", "clientOid", "stpMode");

    /** {@code POST /api/v2/mix/order/place-pos-tpsl}. */
    public static final Endpoint<List<FuturesPosTpslOrderIds>> FUTURES_SUBMIT_POSITION_TPSL =
            Endpoint.postList("/api/v2/mix/order/place-pos-tpsl", PRIVATE, FuturesPosTpslOrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginCoin", "productType", "symbol", "stopSurplusTriggerPrice", "stopSurplusSize", "stopSurplusTriggerType", "stopSurplusExecutePrice", "stopLossTriggerPrice", "stopLossSize", "stopLossTriggerType", "stopLossExecutePrice", "holdSide", "stpMode", "stopSurplusClientOid", "stopLossClientOid");

    /** {@code POST /api/v2/mix/order/place-plan-order}. */
    public static final Endpoint<OrderIds> FUTURES_SUBMIT_PLAN_ORDER =
            Endpoint.post("/api/v2/mix/order/place-plan-order", PRIVATE, OrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("planType", "symbol", "productType", "marginMode", "marginCoin", "size", "price", "callbackRatio", "triggerPrice", "triggerType", "side", "tradeSide", "orderType", "clientOid", "reduceOnly", "stopSurplusTriggerPrice", "stopSurplusExecutePrice", "stopSurplusTriggerType", "stopLossTriggerPrice", "stopLossExecutePrice", "stopLossTriggerType", "stpMode");

    /** {@code POST /api/v2/mix/order/modify-tpsl-order}. */
    public static final Endpoint<OrderIds> FUTURES_MODIFY_TPSLP_ORDER =
            Endpoint.post("/api/v2/mix/order/modify-tpsl-order", PRIVATE, OrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid", "marginCoin", "productType", "symbol", "triggerPrice", "triggerType", "executePrice", "size", "rangeRate");

    /** {@code POST /api/v2/mix/order/modify-plan-order}. */
    public static final Endpoint<OrderIds> FUTURES_MODIFY_PLAN_ORDER =
            Endpoint.post("/api/v2/mix/order/modify-plan-order", PRIVATE, OrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("planType", "orderId", "clientOid", "symbol", "productType", "newSize", "newPrice", "newCallbackRatio", "newTriggerPrice", "newTriggerType", "newStopSurplusTriggerPrice", "newStopSurplusExecutePrice", "newStopSurplusTriggerType", "newStopLossTriggerPrice", "newStopLossExecutePrice", "newStopLossTriggerType");

    /** {@code GET /api/v2/mix/order/orders-plan-pending}. */
    public static final Endpoint<FuturesPlanOrders> GET_FUTURES_PLAN_ORDERS =
            Endpoint.get("/api/v2/mix/order/orders-plan-pending", PRIVATE, FuturesPlanOrders.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid", "symbol", "planType", "productType", "idLessThan", "startTime", "endTime", "limit");

    /** {@code POST /api/v2/mix/order/cancel-plan-order}. */
    public static final Endpoint<FuturesBatchOrderResult> FUTURES_CANCEL_PLAN_ORDER =
            Endpoint.post("/api/v2/mix/order/cancel-plan-order", PRIVATE, FuturesBatchOrderResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderIdList", "symbol", "productType", "marginCoin", "planType");

    /** {@code GET /api/v2/mix/order/orders-plan-history}. */
    public static final Endpoint<FuturesHistoricPlanOrders> GET_FUTURES_HISTORIC_PLAN_ORDERS =
            Endpoint.get("/api/v2/mix/order/orders-plan-history", PRIVATE, FuturesHistoricPlanOrders.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid", "planType", "planStatus", "symbol", "productType", "idLessThan", "startTime", "endTime", "limit");

    private FuturesTradeEndpointsV2() {
    }
}
