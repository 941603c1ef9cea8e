// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v2.SpotBatchOrderResult;
import io.github.bitget4j.model.v2.SpotCancelPlanResult;
import io.github.bitget4j.model.v2.SpotCancelReplaceResult;
import io.github.bitget4j.model.v2.SpotCancelSymbolResult;
import io.github.bitget4j.model.v2.SpotFill;
import io.github.bitget4j.model.v2.SpotOpenOrder;
import io.github.bitget4j.model.v2.SpotOrderInfo;
import io.github.bitget4j.model.v2.SpotPlanOrders;
import io.github.bitget4j.model.v2.SpotPlanSubOrder;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.SpotTradeApiV2}. */
public final class SpotTradeEndpointsV2 {

    /** {@code POST /api/v2/spot/trade/place-order}. */
    public static final Endpoint<OrderIds> SPOT_SUBMIT_ORDER =
            Endpoint.post("/api/v2/spot/trade/place-order", PRIVATE, OrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "side", "orderType", "force", "price", "size", "clientOid", "triggerPrice", "tpslType", "requestTime", "receiveWindow", "stpMode", "presetTakeProfitPrice", "executeTakeProfitPrice", "presetStopLossPrice", "executeStopLossPrice");

    /** {@code POST /api/v2/spot/trade/batch-orders}. */
    public static final Endpoint<SpotBatchOrderResult> SPOT_BATCH_SUBMIT_ORDERS =
            Endpoint.post("/api/v2/spot/trade/batch-orders", PRIVATE, SpotBatchOrderResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "batchMode", "orderList");

    /** {@code POST /api/v2/spot/trade/cancel-order}. */
    public static final Endpoint<OrderIds> SPOT_CANCEL_ORDER =
            Endpoint.post("/api/v2/spot/trade/cancel-order", PRIVATE, OrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "tpslType", "orderId", "clientOid");

    /** {@code GET /api/v2/spot/trade/orderInfo}. */
    public static final Endpoint<List<SpotOrderInfo>> GET_SPOT_ORDER =
            Endpoint.getList("/api/v2/spot/trade/orderInfo", PRIVATE, SpotOrderInfo.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid", "requestTime", "receiveWindow");

    /** {@code GET /api/v2/spot/trade/unfilled-orders}. */
    public static final Endpoint<List<SpotOpenOrder>> GET_SPOT_OPEN_ORDERS =
            Endpoint.getList("/api/v2/spot/trade/unfilled-orders", PRIVATE, SpotOpenOrder.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "startTime", "endTime", "idLessThan", "limit", "orderId", "tpslType", "requestTime", "receiveWindow");

    /** {@code POST /api/v2/spot/trade/cancel-replace-order}. */
    public static final Endpoint<SpotCancelReplaceResult> SPOT_CANCELAND_SUBMIT_ORDER =
            Endpoint.post("/api/v2/spot/trade/cancel-replace-order", PRIVATE, SpotCancelReplaceResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "price", "size", "orderId", "clientOid", "newClientOid", "presetTakeProfitPrice", "executeTakeProfitPrice", "presetStopLossPrice", "executeStopLossPrice");

    /** {@code POST /api/v2/spot/trade/batch-cancel-replace-order}. */
    public static final Endpoint<List<SpotCancelReplaceResult>> SPOT_BATCH_CANCELAND_SUBMIT_ORDER =
            Endpoint.postList("/api/v2/spot/trade/batch-cancel-replace-order", PRIVATE, SpotCancelReplaceResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderList");

    /** {@code POST /api/v2/spot/trade/batch-cancel-order}. */
    public static final Endpoint<SpotBatchOrderResult> SPOT_BATCH_CANCEL_ORDERS =
            Endpoint.post("/api/v2/spot/trade/batch-cancel-order", PRIVATE, SpotBatchOrderResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "batchMode", "orderList");

    /** {@code POST /api/v2/spot/trade/cancel-symbol-order}. */
    public static final Endpoint<SpotCancelSymbolResult> SPOT_CANCEL_SYMBOL_ORDER =
            Endpoint.post("/api/v2/spot/trade/cancel-symbol-order", PRIVATE, SpotCancelSymbolResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol");

    /** {@code GET /api/v2/spot/trade/history-orders}. */
    public static final Endpoint<List<SpotOrderInfo>> GET_SPOT_HISTORIC_ORDERS =
            Endpoint.getList("/api/v2/spot/trade/history-orders", PRIVATE, SpotOrderInfo.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "startTime", "endTime", "idLessThan", "limit", "orderId", "tpslType", "requestTime", "receiveWindow");

    /** {@code GET /api/v2/spot/trade/fills}. */
    public static final Endpoint<List<SpotFill>> GET_SPOT_FILLS =
            Endpoint.getList("/api/v2/spot/trade/fills", PRIVATE, SpotFill.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "orderId", "startTime", "endTime", "limit", "idLessThan");

    /** {@code POST /api/v2/spot/trade/place-plan-order}. */
    public static final Endpoint<OrderIds> SPOT_SUBMIT_PLAN_ORDER =
            Endpoint.post("/api/v2/spot/trade/place-plan-order", PRIVATE, OrderIds.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "side", "triggerPrice", "orderType", "executePrice", "planType", "size", "triggerType", "clientOid", "force", "stpMode");

    /** {@code POST /api/v2/spot/trade/modify-plan-order}. */
    public static final Endpoint<OrderIds> SPOT_MODIFY_PLAN_ORDER =
            Endpoint.post("/api/v2/spot/trade/modify-plan-order", PRIVATE, OrderIds.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid", "triggerPrice", "orderType", "executePrice", "size");

    /** {@code POST /api/v2/spot/trade/cancel-plan-order}. */
    public static final Endpoint<SpotCancelPlanResult> SPOT_CANCEL_PLAN_ORDER =
            Endpoint.post("/api/v2/spot/trade/cancel-plan-order", PRIVATE, SpotCancelPlanResult.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid");

    /** {@code GET /api/v2/spot/trade/current-plan-order}. */
    public static final Endpoint<SpotPlanOrders> GET_SPOT_CURRENT_PLAN_ORDERS =
            Endpoint.get("/api/v2/spot/trade/current-plan-order", PRIVATE, SpotPlanOrders.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "limit", "idLessThan", "startTime", "endTime");

    /** {@code GET /api/v2/spot/trade/plan-sub-order}. */
    public static final Endpoint<List<SpotPlanSubOrder>> GET_SPOT_PLAN_SUB_ORDER =
            Endpoint.getList("/api/v2/spot/trade/plan-sub-order", PRIVATE, SpotPlanSubOrder.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("planOrderId");

    /** {@code GET /api/v2/spot/trade/history-plan-order}. */
    public static final Endpoint<SpotPlanOrders> GET_SPOT_HISTORIC_PLAN_ORDERS =
            Endpoint.get("/api/v2/spot/trade/history-plan-order", PRIVATE, SpotPlanOrders.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "startTime", "endTime", "limit");

    /** {@code POST /api/v2/spot/trade/batch-cancel-plan-order}. */
    public static final Endpoint<SpotBatchOrderResult> SPOT_CANCEL_PLAN_ORDERS =
            Endpoint.post("/api/v2/spot/trade/batch-cancel-plan-order", PRIVATE, SpotBatchOrderResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbolList");

    private SpotTradeEndpointsV2() {
    }
}
