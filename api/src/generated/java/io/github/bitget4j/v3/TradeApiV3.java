// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.TradeEndpointsV3;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v3.BatchOrderResult;
import io.github.bitget4j.model.v3.CancelOrderRequest;
import io.github.bitget4j.model.v3.OrderInfo;
import io.github.bitget4j.model.v3.OrderInfoRequest;
import io.github.bitget4j.model.v3.PlaceOrderRequest;
import io.github.bitget4j.model.v3.UnfilledOrders;
import io.github.bitget4j.model.v3.UnfilledOrdersRequest;
import java.util.List;

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
     */
    default ApiResponse<UnfilledOrders> getUnfilledOrders(UnfilledOrdersRequest request) {
        return call(TradeEndpointsV3.GET_UNFILLED_ORDERS, request);
    }

    /**
     * Open (not completely filled) orders, one page.
     *
     * <p>{@code GET /api/v3/trade/unfilled-orders}, signed; rate limit 20 requests per second per UID; paginated by {@code cursor}.
     *
     * <p>With no parameters set.
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
     */
    default ApiResponse<List<BatchOrderResult>> placeBatchOrders(List<PlaceOrderRequest> requests) {
        return call(TradeEndpointsV3.PLACE_BATCH_ORDERS, requests);
    }
}
