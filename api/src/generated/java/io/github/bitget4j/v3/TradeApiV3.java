// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.TradeEndpointsV3;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v3.BatchOrderResult;
import io.github.bitget4j.model.v3.CancelOrderRequest;
import io.github.bitget4j.model.v3.OrderInfo;
import io.github.bitget4j.model.v3.OrderInfoRequest;
import io.github.bitget4j.model.v3.PlaceOrderRequest;
import io.github.bitget4j.model.v3.UnfilledOrder;
import io.github.bitget4j.model.v3.UnfilledOrders;
import io.github.bitget4j.model.v3.UnfilledOrdersRequest;
import io.github.bitget4j.model.v3.UtaBatchModifyItem;
import io.github.bitget4j.model.v3.UtaCancelAllOrdersRequest;
import io.github.bitget4j.model.v3.UtaCancelBatchItem;
import io.github.bitget4j.model.v3.UtaCancelRealityOrderRequest;
import io.github.bitget4j.model.v3.UtaClosePositionsRequest;
import io.github.bitget4j.model.v3.UtaCountdownCancelAllRequest;
import io.github.bitget4j.model.v3.UtaFill;
import io.github.bitget4j.model.v3.UtaFills;
import io.github.bitget4j.model.v3.UtaFillsRequest;
import io.github.bitget4j.model.v3.UtaHistoryOrders;
import io.github.bitget4j.model.v3.UtaHistoryOrdersRequest;
import io.github.bitget4j.model.v3.UtaLoanData;
import io.github.bitget4j.model.v3.UtaModifyOrderRequest;
import io.github.bitget4j.model.v3.UtaModifyStrategyOrderRequest;
import io.github.bitget4j.model.v3.UtaOrderResults;
import io.github.bitget4j.model.v3.UtaRealityOrderRequest;
import io.github.bitget4j.model.v3.UtaStrategyCancelResult;
import io.github.bitget4j.model.v3.UtaStrategyHistoryRequest;
import io.github.bitget4j.model.v3.UtaStrategyOrder;
import io.github.bitget4j.model.v3.UtaStrategyOrderRef;
import io.github.bitget4j.model.v3.UtaStrategyOrderRequest;
import io.github.bitget4j.model.v3.UtaStrategyOrders;
import io.github.bitget4j.model.v3.UtaStrategyOrdersRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Trading (V3). Private: needs credentials. A submit that fails with a {@code BitgetConnectionException} whose {@code mayHaveReachedServer()} is true may have placed the order: look it up by clientOid before sending it again.
 */
public interface TradeApiV3 extends EndpointCaller {

    /**
     * Places one order.
     *
     * <p>{@code POST /api/v3/trade/place-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> submitNewOrder(PlaceOrderRequest request) {
        return call(TradeEndpointsV3.SUBMIT_NEW_ORDER, request);
    }

    /**
     * Cancels one order, named by Bitget's id or by yours.
     *
     * <p>{@code POST /api/v3/trade/cancel-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> cancelOrder(CancelOrderRequest request) {
        return call(TradeEndpointsV3.CANCEL_ORDER, request);
    }

    /**
     * Cancels one order, named by Bitget's id or by yours.
     *
     * <p>{@code POST /api/v3/trade/cancel-order}, signed; rate limit 10 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> cancelOrder() {
        return cancelOrder(new CancelOrderRequest(null, null, null));
    }

    /**
     * One order, by Bitget's id or by yours.
     *
     * <p>{@code GET /api/v3/trade/order-info}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderInfo> getOrderInfo(OrderInfoRequest request) {
        return call(TradeEndpointsV3.GET_ORDER_INFO, request);
    }

    /**
     * One order, by Bitget's id or by yours.
     *
     * <p>{@code GET /api/v3/trade/order-info}, signed; rate limit 20 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code OrderInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderInfo> getOrderInfo() {
        return getOrderInfo(new OrderInfoRequest(null, null));
    }

    /**
     * Open (not completely filled) orders, one page.
     *
     * <p>{@code GET /api/v3/trade/unfilled-orders}, signed; rate limit 20 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UnfilledOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UnfilledOrders> getUnfilledOrders(UnfilledOrdersRequest request) {
        return call(TradeEndpointsV3.GET_UNFILLED_ORDERS, request);
    }

    /**
     * Every item of {@link #getUnfilledOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UnfilledOrder> streamUnfilledOrders(UnfilledOrdersRequest request) {
        return Pages.byCursor(request, this::getUnfilledOrders, page -> page.list(), page -> page.cursor(),
                (r, n) -> new UnfilledOrdersRequest(r.category(), r.symbol(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Open (not completely filled) orders, one page.
     *
     * <p>{@code GET /api/v3/trade/unfilled-orders}, signed; rate limit 20 requests per second per UID; paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UnfilledOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UnfilledOrders> getUnfilledOrders() {
        return getUnfilledOrders(new UnfilledOrdersRequest(null, null, null, null, null, null));
    }

    /**
     * Places several orders; the orders go as a JSON array and each gets its own result.
     *
     * <p>{@code POST /api/v3/trade/place-batch}, signed; rate limit 5 requests per second per UID.
     *
     * @param requests the elements of the JSON array sent
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BatchOrderResult&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BatchOrderResult>> placeBatchOrders(List<PlaceOrderRequest> requests) {
        return call(TradeEndpointsV3.PLACE_BATCH_ORDERS, requests);
    }

    /**
     * Changes the price, quantity or attached TP/SL of an open order.
     *
     * <p>{@code POST /api/v3/trade/modify-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> modifyOrder(UtaModifyOrderRequest request) {
        return call(TradeEndpointsV3.MODIFY_ORDER, request);
    }

    /**
     * Changes the price, quantity or attached TP/SL of an open order.
     *
     * <p>{@code POST /api/v3/trade/modify-order}, signed; rate limit 10 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> modifyOrder() {
        return modifyOrder(new UtaModifyOrderRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    /**
     * Changes up to 20 open orders; each gets its own result.
     *
     * <p>{@code POST /api/v3/trade/batch-modify-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param requests the elements of the JSON array sent
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BatchOrderResult&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BatchOrderResult>> batchModifyOrders(List<UtaBatchModifyItem> requests) {
        return call(TradeEndpointsV3.BATCH_MODIFY_ORDERS, requests);
    }

    /**
     * Cancels up to 20 orders of one category; each gets its own result.
     *
     * <p>{@code POST /api/v3/trade/cancel-batch}, signed; rate limit 5 requests per second per UID.
     *
     * @param requests the elements of the JSON array sent
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BatchOrderResult&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BatchOrderResult>> cancelBatchOrders(List<UtaCancelBatchItem> requests) {
        return call(TradeEndpointsV3.CANCEL_BATCH_ORDERS, requests);
    }

    /**
     * Cancels every open order of a category, or of one symbol.
     *
     * <p>{@code POST /api/v3/trade/cancel-symbol-order}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaOrderResults}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaOrderResults> cancelAllOrders(UtaCancelAllOrdersRequest request) {
        return call(TradeEndpointsV3.CANCEL_ALL_ORDERS, request);
    }

    /**
     * Closes positions at market price, subject to slippage.
     *
     * <p>{@code POST /api/v3/trade/close-positions}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaOrderResults}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaOrderResults> closeAllPositions(UtaClosePositionsRequest request) {
        return call(TradeEndpointsV3.CLOSE_ALL_POSITIONS, request);
    }

    /**
     * Finished orders of the last 90 days, one page.
     *
     * <p>{@code GET /api/v3/trade/history-orders}, signed; rate limit 20 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaHistoryOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaHistoryOrders> getHistoryOrders(UtaHistoryOrdersRequest request) {
        return call(TradeEndpointsV3.GET_HISTORY_ORDERS, request);
    }

    /**
     * Every item of {@link #getHistoryOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<OrderInfo> streamHistoryOrders(UtaHistoryOrdersRequest request) {
        return Pages.byCursor(request, this::getHistoryOrders, page -> page.list(), page -> page.cursor(),
                (r, n) -> new UtaHistoryOrdersRequest(r.category(), r.symbol(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Your fills of the last 90 days, one page.
     *
     * <p>{@code GET /api/v3/trade/fills}, signed; rate limit 20 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaFills}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaFills> getTradeFills(UtaFillsRequest request) {
        return call(TradeEndpointsV3.GET_TRADE_FILLS, request);
    }

    /**
     * Every item of {@link #getTradeFills}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaFill> streamTradeFills(UtaFillsRequest request) {
        return Pages.byCursor(request, this::getTradeFills, page -> page.list(), page -> page.cursor(),
                (r, n) -> new UtaFillsRequest(r.category(), r.orderId(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Your fills of the last 90 days, one page.
     *
     * <p>{@code GET /api/v3/trade/fills}, signed; rate limit 20 requests per second per UID; paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaFills}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaFills> getTradeFills() {
        return getTradeFills(new UtaFillsRequest(null, null, null, null, null, null));
    }

    /**
     * Dead man's switch: cancels all orders unless renewed.
     *
     * <p>{@code POST /api/v3/trade/countdown-cancel-all}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> countdownCancelAll(UtaCountdownCancelAllRequest request) {
        return call(TradeEndpointsV3.COUNTDOWN_CANCEL_ALL, request);
    }

    /**
     * Places a Reality stock token order (whitelisted accounts).
     *
     * <p>{@code POST /api/v3/trade/place-reality-order}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> placeRealityOrder(UtaRealityOrderRequest request) {
        return call(TradeEndpointsV3.PLACE_REALITY_ORDER, request);
    }

    /**
     * Cancels an open Reality stock token order.
     *
     * <p>{@code POST /api/v3/trade/cancel-reality-order}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> cancelRealityOrder(UtaCancelRealityOrderRequest request) {
        return call(TradeEndpointsV3.CANCEL_REALITY_ORDER, request);
    }

    /**
     * What the unified account has borrowed and when interest is next charged.
     *
     * <p>{@code GET /api/v3/trade/loan-data}, signed; rate limit 10 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaLoanData}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaLoanData> getLoanData() {
        return call(TradeEndpointsV3.GET_LOAN_DATA, null);
    }

    /**
     * Places a take-profit/stop-loss or trigger order.
     *
     * <p>{@code POST /api/v3/trade/place-strategy-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> submitStrategyOrder(UtaStrategyOrderRequest request) {
        return call(TradeEndpointsV3.SUBMIT_STRATEGY_ORDER, request);
    }

    /**
     * Changes a live take-profit/stop-loss or trigger order.
     *
     * <p>{@code POST /api/v3/trade/modify-strategy-order}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> modifyStrategyOrder(UtaModifyStrategyOrderRequest request) {
        return call(TradeEndpointsV3.MODIFY_STRATEGY_ORDER, request);
    }

    /**
     * Cancels a live take-profit/stop-loss or trigger order.
     *
     * <p>{@code POST /api/v3/trade/cancel-strategy-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStrategyCancelResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStrategyCancelResult> cancelStrategyOrder(UtaStrategyOrderRef request) {
        return call(TradeEndpointsV3.CANCEL_STRATEGY_ORDER, request);
    }

    /**
     * Cancels a live take-profit/stop-loss or trigger order.
     *
     * <p>{@code POST /api/v3/trade/cancel-strategy-order}, signed; rate limit 10 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaStrategyCancelResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStrategyCancelResult> cancelStrategyOrder() {
        return cancelStrategyOrder(new UtaStrategyOrderRef(null, null));
    }

    /**
     * Live take-profit/stop-loss and trigger orders.
     *
     * <p>{@code GET /api/v3/trade/unfilled-strategy-orders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaStrategyOrder&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaStrategyOrder>> getUnfilledStrategyOrders(UtaStrategyOrdersRequest request) {
        return call(TradeEndpointsV3.GET_UNFILLED_STRATEGY_ORDERS, request);
    }

    /**
     * Finished strategy orders, one page.
     *
     * <p>{@code GET /api/v3/trade/history-strategy-orders}, signed; rate limit 20 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStrategyOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStrategyOrders> getHistoryStrategyOrders(UtaStrategyHistoryRequest request) {
        return call(TradeEndpointsV3.GET_HISTORY_STRATEGY_ORDERS, request);
    }

    /**
     * Every item of {@link #getHistoryStrategyOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaStrategyOrder> streamHistoryStrategyOrders(UtaStrategyHistoryRequest request) {
        return Pages.byCursor(request, this::getHistoryStrategyOrders, page -> page.list(), page -> page.cursor(),
                (r, n) -> new UtaStrategyHistoryRequest(r.category(), r.type(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }
}
