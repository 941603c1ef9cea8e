// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.FuturesTradeEndpointsV2;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v2.futures.FuturesBatchCancelRequest;
import io.github.bitget4j.model.v2.futures.FuturesBatchOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesBatchOrderResult;
import io.github.bitget4j.model.v2.futures.FuturesCancelAllRequest;
import io.github.bitget4j.model.v2.futures.FuturesCancelOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesCancelPlanOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesClosePositionResult;
import io.github.bitget4j.model.v2.futures.FuturesFill;
import io.github.bitget4j.model.v2.futures.FuturesFills;
import io.github.bitget4j.model.v2.futures.FuturesFillsRequest;
import io.github.bitget4j.model.v2.futures.FuturesFlashCloseRequest;
import io.github.bitget4j.model.v2.futures.FuturesHistoricOrder;
import io.github.bitget4j.model.v2.futures.FuturesHistoricOrders;
import io.github.bitget4j.model.v2.futures.FuturesHistoricOrdersRequest;
import io.github.bitget4j.model.v2.futures.FuturesHistoricPlanOrder;
import io.github.bitget4j.model.v2.futures.FuturesHistoricPlanOrders;
import io.github.bitget4j.model.v2.futures.FuturesHistoricPlanOrdersRequest;
import io.github.bitget4j.model.v2.futures.FuturesModifyOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesModifyPlanOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesModifyTpslRequest;
import io.github.bitget4j.model.v2.futures.FuturesOpenOrder;
import io.github.bitget4j.model.v2.futures.FuturesOpenOrders;
import io.github.bitget4j.model.v2.futures.FuturesOpenOrdersRequest;
import io.github.bitget4j.model.v2.futures.FuturesOrderDetail;
import io.github.bitget4j.model.v2.futures.FuturesOrderDetailRequest;
import io.github.bitget4j.model.v2.futures.FuturesOrderIds;
import io.github.bitget4j.model.v2.futures.FuturesOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesPlanOrder;
import io.github.bitget4j.model.v2.futures.FuturesPlanOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesPlanOrders;
import io.github.bitget4j.model.v2.futures.FuturesPlanOrdersRequest;
import io.github.bitget4j.model.v2.futures.FuturesPosTpslOrderIds;
import io.github.bitget4j.model.v2.futures.FuturesPositionTpslRequest;
import io.github.bitget4j.model.v2.futures.FuturesReversalRequest;
import io.github.bitget4j.model.v2.futures.FuturesTpslOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesTriggerSubOrder;
import io.github.bitget4j.model.v2.futures.FuturesTriggerSubOrderRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Futures trading (V2): orders, plan and TP/SL orders, fills.
 */
public interface FuturesTradeApiV2 extends EndpointCaller {

    /**
     * Places one futures order.
     *
     * <p>{@code POST /api/v2/mix/order/place-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesOrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesOrderIds> futuresSubmitOrder(FuturesOrderRequest request) {
        return call(FuturesTradeEndpointsV2.FUTURES_SUBMIT_ORDER, request);
    }

    /**
     * Closes a position and opens the opposite one.
     *
     * <p>{@code POST /api/v2/mix/order/click-backhand}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesOrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesOrderIds> futuresSubmitReversal(FuturesReversalRequest request) {
        return call(FuturesTradeEndpointsV2.FUTURES_SUBMIT_REVERSAL, request);
    }

    /**
     * Places several orders on one symbol.
     *
     * <p>{@code POST /api/v2/mix/order/batch-place-order}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesBatchOrderResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesBatchOrderResult> futuresBatchSubmitOrders(FuturesBatchOrderRequest request) {
        return call(FuturesTradeEndpointsV2.FUTURES_BATCH_SUBMIT_ORDERS, request);
    }

    /**
     * Changes price, size or preset TP/SL of a resting order.
     *
     * <p>{@code POST /api/v2/mix/order/modify-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> futuresModifyOrder(FuturesModifyOrderRequest request) {
        return call(FuturesTradeEndpointsV2.FUTURES_MODIFY_ORDER, request);
    }

    /**
     * Cancels one order.
     *
     * <p>{@code POST /api/v2/mix/order/cancel-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> futuresCancelOrder(FuturesCancelOrderRequest request) {
        return call(FuturesTradeEndpointsV2.FUTURES_CANCEL_ORDER, request);
    }

    /**
     * Cancels several orders, or all on a symbol.
     *
     * <p>{@code POST /api/v2/mix/order/batch-cancel-orders}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesBatchOrderResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesBatchOrderResult> futuresBatchCancelOrders(FuturesBatchCancelRequest request) {
        return call(FuturesTradeEndpointsV2.FUTURES_BATCH_CANCEL_ORDERS, request);
    }

    /**
     * Closes positions at market price.
     *
     * <p>{@code POST /api/v2/mix/order/close-positions}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesClosePositionResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesClosePositionResult> futuresFlashClosePositions(FuturesFlashCloseRequest request) {
        return call(FuturesTradeEndpointsV2.FUTURES_FLASH_CLOSE_POSITIONS, request);
    }

    /**
     * Reads one order.
     *
     * <p>{@code GET /api/v2/mix/order/detail}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesOrderDetail}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesOrderDetail> getFuturesOrder(FuturesOrderDetailRequest request) {
        return call(FuturesTradeEndpointsV2.GET_FUTURES_ORDER, request);
    }

    /**
     * Lists recent fills (last three months).
     *
     * <p>{@code GET /api/v2/mix/order/fills}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesFills}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesFills> getFuturesFills(FuturesFillsRequest request) {
        return call(FuturesTradeEndpointsV2.GET_FUTURES_FILLS, request);
    }

    /**
     * Every item of {@link #getFuturesFills}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<FuturesFill> streamFuturesFills(FuturesFillsRequest request) {
        return Pages.byCursor(request, this::getFuturesFills, page -> page.fillList(), page -> page.endId(),
                (r, n) -> new FuturesFillsRequest(r.orderId(), r.symbol(), r.productType(), n, r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Lists older fills.
     *
     * <p>{@code GET /api/v2/mix/order/fill-history}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesFills}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesFills> getFuturesHistoricOrderFills(FuturesFillsRequest request) {
        return call(FuturesTradeEndpointsV2.GET_FUTURES_HISTORIC_ORDER_FILLS, request);
    }

    /**
     * Every item of {@link #getFuturesHistoricOrderFills}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<FuturesFill> streamFuturesHistoricOrderFills(FuturesFillsRequest request) {
        return Pages.byCursor(request, this::getFuturesHistoricOrderFills, page -> page.fillList(), page -> page.endId(),
                (r, n) -> new FuturesFillsRequest(r.orderId(), r.symbol(), r.productType(), n, r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Lists orders still in the book.
     *
     * <p>{@code GET /api/v2/mix/order/orders-pending}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesOpenOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesOpenOrders> getFuturesOpenOrders(FuturesOpenOrdersRequest request) {
        return call(FuturesTradeEndpointsV2.GET_FUTURES_OPEN_ORDERS, request);
    }

    /**
     * Every item of {@link #getFuturesOpenOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<FuturesOpenOrder> streamFuturesOpenOrders(FuturesOpenOrdersRequest request) {
        return Pages.byCursor(request, this::getFuturesOpenOrders, page -> page.entrustedList(), page -> page.endId(),
                (r, n) -> new FuturesOpenOrdersRequest(r.orderId(), r.clientOid(), r.symbol(), r.productType(), r.status(), n, r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Lists finished orders.
     *
     * <p>{@code GET /api/v2/mix/order/orders-history}, signed; rate limit 5 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesHistoricOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesHistoricOrders> getFuturesHistoricOrders(FuturesHistoricOrdersRequest request) {
        return call(FuturesTradeEndpointsV2.GET_FUTURES_HISTORIC_ORDERS, request);
    }

    /**
     * Every item of {@link #getFuturesHistoricOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<FuturesHistoricOrder> streamFuturesHistoricOrders(FuturesHistoricOrdersRequest request) {
        return Pages.byCursor(request, this::getFuturesHistoricOrders, page -> page.entrustedList(), page -> page.endId(),
                (r, n) -> new FuturesHistoricOrdersRequest(r.orderId(), r.clientOid(), r.symbol(), r.productType(), n, r.orderSource(), r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Cancels every order of a product type.
     *
     * <p>{@code POST /api/v2/mix/order/cancel-all-orders}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesBatchOrderResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesBatchOrderResult> futuresCancelAllOrders(FuturesCancelAllRequest request) {
        return call(FuturesTradeEndpointsV2.FUTURES_CANCEL_ALL_ORDERS, request);
    }

    /**
     * Lists orders a trigger order produced.
     *
     * <p>{@code GET /api/v2/mix/order/plan-sub-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesTriggerSubOrder&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesTriggerSubOrder>> getFuturesTriggerSubOrder(FuturesTriggerSubOrderRequest request) {
        return call(FuturesTradeEndpointsV2.GET_FUTURES_TRIGGER_SUB_ORDER, request);
    }

    /**
     * Places a take-profit or stop-loss order.
     *
     * <p>{@code POST /api/v2/mix/order/place-tpsl-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> futuresSubmitTPSLOrder(FuturesTpslOrderRequest request) {
        return call(FuturesTradeEndpointsV2.FUTURES_SUBMIT_TPSL_ORDER, request);
    }

    /**
     * Places position TP and SL together.
     *
     * <p>{@code POST /api/v2/mix/order/place-pos-tpsl}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesPosTpslOrderIds&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesPosTpslOrderIds>> futuresSubmitPositionTPSL(FuturesPositionTpslRequest request) {
        return call(FuturesTradeEndpointsV2.FUTURES_SUBMIT_POSITION_TPSL, request);
    }

    /**
     * Places a trigger or trailing order.
     *
     * <p>{@code POST /api/v2/mix/order/place-plan-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> futuresSubmitPlanOrder(FuturesPlanOrderRequest request) {
        return call(FuturesTradeEndpointsV2.FUTURES_SUBMIT_PLAN_ORDER, request);
    }

    /**
     * Changes a take-profit or stop-loss order.
     *
     * <p>{@code POST /api/v2/mix/order/modify-tpsl-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> futuresModifyTPSLPOrder(FuturesModifyTpslRequest request) {
        return call(FuturesTradeEndpointsV2.FUTURES_MODIFY_TPSLP_ORDER, request);
    }

    /**
     * Changes a trigger or trailing order.
     *
     * <p>{@code POST /api/v2/mix/order/modify-plan-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> futuresModifyPlanOrder(FuturesModifyPlanOrderRequest request) {
        return call(FuturesTradeEndpointsV2.FUTURES_MODIFY_PLAN_ORDER, request);
    }

    /**
     * Lists live plan orders.
     *
     * <p>{@code GET /api/v2/mix/order/orders-plan-pending}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesPlanOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesPlanOrders> getFuturesPlanOrders(FuturesPlanOrdersRequest request) {
        return call(FuturesTradeEndpointsV2.GET_FUTURES_PLAN_ORDERS, request);
    }

    /**
     * Every item of {@link #getFuturesPlanOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<FuturesPlanOrder> streamFuturesPlanOrders(FuturesPlanOrdersRequest request) {
        return Pages.byCursor(request, this::getFuturesPlanOrders, page -> page.entrustedList(), page -> page.endId(),
                (r, n) -> new FuturesPlanOrdersRequest(r.orderId(), r.clientOid(), r.symbol(), r.planType(), r.productType(), n, r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Cancels plan orders.
     *
     * <p>{@code POST /api/v2/mix/order/cancel-plan-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesBatchOrderResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesBatchOrderResult> futuresCancelPlanOrder(FuturesCancelPlanOrderRequest request) {
        return call(FuturesTradeEndpointsV2.FUTURES_CANCEL_PLAN_ORDER, request);
    }

    /**
     * Lists finished plan orders.
     *
     * <p>{@code GET /api/v2/mix/order/orders-plan-history}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesHistoricPlanOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesHistoricPlanOrders> getFuturesHistoricPlanOrders(FuturesHistoricPlanOrdersRequest request) {
        return call(FuturesTradeEndpointsV2.GET_FUTURES_HISTORIC_PLAN_ORDERS, request);
    }

    /**
     * Every item of {@link #getFuturesHistoricPlanOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<FuturesHistoricPlanOrder> streamFuturesHistoricPlanOrders(FuturesHistoricPlanOrdersRequest request) {
        return Pages.byCursor(request, this::getFuturesHistoricPlanOrders, page -> page.entrustedList(), page -> page.endId(),
                (r, n) -> new FuturesHistoricPlanOrdersRequest(r.orderId(), r.clientOid(), r.planType(), r.planStatus(), r.symbol(), r.productType(), n, r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }
}
