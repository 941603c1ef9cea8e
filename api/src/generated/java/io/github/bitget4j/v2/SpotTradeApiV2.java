// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.SpotTradeEndpointsV2;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v2.SpotBatchCancelReplaceRequest;
import io.github.bitget4j.model.v2.SpotBatchCancelRequest;
import io.github.bitget4j.model.v2.SpotBatchOrderRequest;
import io.github.bitget4j.model.v2.SpotBatchOrderResult;
import io.github.bitget4j.model.v2.SpotCancelOrderRequest;
import io.github.bitget4j.model.v2.SpotCancelPlanOrderRequest;
import io.github.bitget4j.model.v2.SpotCancelPlanOrdersRequest;
import io.github.bitget4j.model.v2.SpotCancelPlanResult;
import io.github.bitget4j.model.v2.SpotCancelReplaceRequest;
import io.github.bitget4j.model.v2.SpotCancelReplaceResult;
import io.github.bitget4j.model.v2.SpotCancelSymbolResult;
import io.github.bitget4j.model.v2.SpotCurrentPlanOrdersRequest;
import io.github.bitget4j.model.v2.SpotFill;
import io.github.bitget4j.model.v2.SpotFillsRequest;
import io.github.bitget4j.model.v2.SpotHistoricPlanOrdersRequest;
import io.github.bitget4j.model.v2.SpotModifyPlanOrderRequest;
import io.github.bitget4j.model.v2.SpotOpenOrder;
import io.github.bitget4j.model.v2.SpotOpenOrdersRequest;
import io.github.bitget4j.model.v2.SpotOrderInfo;
import io.github.bitget4j.model.v2.SpotOrderInfoRequest;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.model.v2.SpotPlanOrder;
import io.github.bitget4j.model.v2.SpotPlanOrderRequest;
import io.github.bitget4j.model.v2.SpotPlanOrders;
import io.github.bitget4j.model.v2.SpotPlanSubOrder;
import io.github.bitget4j.model.v2.SpotPlanSubOrderRequest;
import io.github.bitget4j.model.v2.SpotSymbolRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Spot trading (V2). Private: needs credentials. A submit that fails with a {@code BitgetConnectionException} whose {@code mayHaveReachedServer()} is true may have placed the order: look it up by clientOid before sending it again.
 */
public interface SpotTradeApiV2 extends EndpointCaller {

    /**
     * Places one spot order.
     *
     * <p>{@code POST /api/v2/spot/trade/place-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> spotSubmitOrder(SpotOrderRequest request) {
        return call(SpotTradeEndpointsV2.SPOT_SUBMIT_ORDER, request);
    }

    /**
     * Places up to 50 spot orders in one call; each succeeds or fails on its own.
     *
     * <p>{@code POST /api/v2/spot/trade/batch-orders}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotBatchOrderResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotBatchOrderResult> spotBatchSubmitOrders(SpotBatchOrderRequest request) {
        return call(SpotTradeEndpointsV2.SPOT_BATCH_SUBMIT_ORDERS, request);
    }

    /**
     * Cancels one spot order, named by Bitget's id or by yours.
     *
     * <p>{@code POST /api/v2/spot/trade/cancel-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> spotCancelOrder(SpotCancelOrderRequest request) {
        return call(SpotTradeEndpointsV2.SPOT_CANCEL_ORDER, request);
    }

    /**
     * One spot order, by Bitget's id or by yours.
     *
     * <p>{@code GET /api/v2/spot/trade/orderInfo}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotOrderInfo&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotOrderInfo>> getSpotOrder(SpotOrderInfoRequest request) {
        return call(SpotTradeEndpointsV2.GET_SPOT_ORDER, request);
    }

    /**
     * One spot order, by Bitget's id or by yours.
     *
     * <p>{@code GET /api/v2/spot/trade/orderInfo}, signed; rate limit 20 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotOrderInfo&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotOrderInfo>> getSpotOrder() {
        return getSpotOrder(new SpotOrderInfoRequest(null, null, null, null));
    }

    /**
     * Open (not completely filled) spot orders.
     *
     * <p>{@code GET /api/v2/spot/trade/unfilled-orders}, signed; rate limit 20 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotOpenOrder&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotOpenOrder>> getSpotOpenOrders(SpotOpenOrdersRequest request) {
        return call(SpotTradeEndpointsV2.GET_SPOT_OPEN_ORDERS, request);
    }

    /**
     * Every item of {@link #getSpotOpenOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<SpotOpenOrder> streamSpotOpenOrders(SpotOpenOrdersRequest request) {
        return Pages.byCursor(request, this::getSpotOpenOrders, page -> page, page -> page.get(page.size() - 1).orderId(),
                (r, n) -> new SpotOpenOrdersRequest(r.symbol(), r.startTime(), r.endTime(), n, r.limit(), r.orderId(), r.tpslType(), r.requestTime(), r.receiveWindow(), r.extraParams()));
    }

    /**
     * Open (not completely filled) spot orders.
     *
     * <p>{@code GET /api/v2/spot/trade/unfilled-orders}, signed; rate limit 20 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotOpenOrder&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotOpenOrder>> getSpotOpenOrders() {
        return getSpotOpenOrders(new SpotOpenOrdersRequest(null, null, null, null, null, null, null, null, null));
    }

    /**
     * Replaces a spot limit order at a new price and size.
     *
     * <p>{@code POST /api/v2/spot/trade/cancel-replace-order}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotCancelReplaceResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotCancelReplaceResult> spotCancelandSubmitOrder(SpotCancelReplaceRequest request) {
        return call(SpotTradeEndpointsV2.SPOT_CANCELAND_SUBMIT_ORDER, request);
    }

    /**
     * Replaces up to 50 spot orders, each on its own.
     *
     * <p>{@code POST /api/v2/spot/trade/batch-cancel-replace-order}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotCancelReplaceResult&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotCancelReplaceResult>> spotBatchCancelandSubmitOrder(SpotBatchCancelReplaceRequest request) {
        return call(SpotTradeEndpointsV2.SPOT_BATCH_CANCELAND_SUBMIT_ORDER, request);
    }

    /**
     * Cancels up to 50 spot orders; each succeeds or fails on its own.
     *
     * <p>{@code POST /api/v2/spot/trade/batch-cancel-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotBatchOrderResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotBatchOrderResult> spotBatchCancelOrders(SpotBatchCancelRequest request) {
        return call(SpotTradeEndpointsV2.SPOT_BATCH_CANCEL_ORDERS, request);
    }

    /**
     * Cancels every open order of a symbol, asynchronously.
     *
     * <p>{@code POST /api/v2/spot/trade/cancel-symbol-order}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotCancelSymbolResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotCancelSymbolResult> spotCancelSymbolOrder(SpotSymbolRequest request) {
        return call(SpotTradeEndpointsV2.SPOT_CANCEL_SYMBOL_ORDER, request);
    }

    /**
     * Finished spot orders of the last 90 days, one page.
     *
     * <p>{@code GET /api/v2/spot/trade/history-orders}, signed; rate limit 20 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotOrderInfo&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotOrderInfo>> getSpotHistoricOrders(SpotOpenOrdersRequest request) {
        return call(SpotTradeEndpointsV2.GET_SPOT_HISTORIC_ORDERS, request);
    }

    /**
     * Every item of {@link #getSpotHistoricOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<SpotOrderInfo> streamSpotHistoricOrders(SpotOpenOrdersRequest request) {
        return Pages.byCursor(request, this::getSpotHistoricOrders, page -> page, page -> page.get(page.size() - 1).orderId(),
                (r, n) -> new SpotOpenOrdersRequest(r.symbol(), r.startTime(), r.endTime(), n, r.limit(), r.orderId(), r.tpslType(), r.requestTime(), r.receiveWindow(), r.extraParams()));
    }

    /**
     * Finished spot orders of the last 90 days, one page.
     *
     * <p>{@code GET /api/v2/spot/trade/history-orders}, signed; rate limit 20 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotOrderInfo&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotOrderInfo>> getSpotHistoricOrders() {
        return getSpotHistoricOrders(new SpotOpenOrdersRequest(null, null, null, null, null, null, null, null, null));
    }

    /**
     * The account's spot fills, one page, from the last 90 days.
     *
     * <p>{@code GET /api/v2/spot/trade/fills}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotFill&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotFill>> getSpotFills(SpotFillsRequest request) {
        return call(SpotTradeEndpointsV2.GET_SPOT_FILLS, request);
    }

    /**
     * Every item of {@link #getSpotFills}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<SpotFill> streamSpotFills(SpotFillsRequest request) {
        return Pages.byCursor(request, this::getSpotFills, page -> page, page -> page.get(page.size() - 1).tradeId(),
                (r, n) -> new SpotFillsRequest(r.symbol(), r.orderId(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * The account's spot fills, one page, from the last 90 days.
     *
     * <p>{@code GET /api/v2/spot/trade/fills}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotFill&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotFill>> getSpotFills() {
        return getSpotFills(new SpotFillsRequest(null, null, null, null, null, null));
    }

    /**
     * Places a spot plan order that sends an order when a price is reached.
     *
     * <p>{@code POST /api/v2/spot/trade/place-plan-order}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> spotSubmitPlanOrder(SpotPlanOrderRequest request) {
        return call(SpotTradeEndpointsV2.SPOT_SUBMIT_PLAN_ORDER, request);
    }

    /**
     * Changes the trigger, price or size of a live spot plan order.
     *
     * <p>{@code POST /api/v2/spot/trade/modify-plan-order}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> spotModifyPlanOrder(SpotModifyPlanOrderRequest request) {
        return call(SpotTradeEndpointsV2.SPOT_MODIFY_PLAN_ORDER, request);
    }

    /**
     * Cancels one spot plan order.
     *
     * <p>{@code POST /api/v2/spot/trade/cancel-plan-order}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotCancelPlanResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotCancelPlanResult> spotCancelPlanOrder(SpotCancelPlanOrderRequest request) {
        return call(SpotTradeEndpointsV2.SPOT_CANCEL_PLAN_ORDER, request);
    }

    /**
     * Cancels one spot plan order.
     *
     * <p>{@code POST /api/v2/spot/trade/cancel-plan-order}, signed; rate limit 20 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code SpotCancelPlanResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotCancelPlanResult> spotCancelPlanOrder() {
        return spotCancelPlanOrder(new SpotCancelPlanOrderRequest(null, null));
    }

    /**
     * Live spot plan orders, one page.
     *
     * <p>{@code GET /api/v2/spot/trade/current-plan-order}, signed; rate limit 20 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotPlanOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotPlanOrders> getSpotCurrentPlanOrders(SpotCurrentPlanOrdersRequest request) {
        return call(SpotTradeEndpointsV2.GET_SPOT_CURRENT_PLAN_ORDERS, request);
    }

    /**
     * Every item of {@link #getSpotCurrentPlanOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<SpotPlanOrder> streamSpotCurrentPlanOrders(SpotCurrentPlanOrdersRequest request) {
        return Pages.byCursor(request, this::getSpotCurrentPlanOrders, page -> page.orderList(), page -> page.idLessThan(),
                (r, n) -> new SpotCurrentPlanOrdersRequest(r.symbol(), r.limit(), n, r.startTime(), r.endTime(), r.extraParams()));
    }

    /**
     * Live spot plan orders, one page.
     *
     * <p>{@code GET /api/v2/spot/trade/current-plan-order}, signed; rate limit 20 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code SpotPlanOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotPlanOrders> getSpotCurrentPlanOrders() {
        return getSpotCurrentPlanOrders(new SpotCurrentPlanOrdersRequest(null, null, null, null, null));
    }

    /**
     * Orders a fired spot plan order sent.
     *
     * <p>{@code GET /api/v2/spot/trade/plan-sub-order}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotPlanSubOrder&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotPlanSubOrder>> getSpotPlanSubOrder(SpotPlanSubOrderRequest request) {
        return call(SpotTradeEndpointsV2.GET_SPOT_PLAN_SUB_ORDER, request);
    }

    /**
     * Finished spot plan orders of one symbol in a time range.
     *
     * <p>{@code GET /api/v2/spot/trade/history-plan-order}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotPlanOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotPlanOrders> getSpotHistoricPlanOrders(SpotHistoricPlanOrdersRequest request) {
        return call(SpotTradeEndpointsV2.GET_SPOT_HISTORIC_PLAN_ORDERS, request);
    }

    /**
     * Cancels every live spot plan order, or those of some symbols.
     *
     * <p>{@code POST /api/v2/spot/trade/batch-cancel-plan-order}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotBatchOrderResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotBatchOrderResult> spotCancelPlanOrders(SpotCancelPlanOrdersRequest request) {
        return call(SpotTradeEndpointsV2.SPOT_CANCEL_PLAN_ORDERS, request);
    }

    /**
     * Cancels every live spot plan order, or those of some symbols.
     *
     * <p>{@code POST /api/v2/spot/trade/batch-cancel-plan-order}, signed; rate limit 5 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code SpotBatchOrderResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotBatchOrderResult> spotCancelPlanOrders() {
        return spotCancelPlanOrders(new SpotCancelPlanOrdersRequest(null));
    }
}
