package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.UtaV3;
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
 * Trading (V3). Private: needs credentials. A submit that fails with a {@code BitgetConnectionException}
 * whose {@code mayHaveReachedServer()} is true may have placed the order: look it up by clientOid before
 * sending it again.
 */
public interface TradeApiV3 extends EndpointCaller {

    /** POST /api/v3/trade/place-order. */
    default ApiResponse<OrderIds> submitNewOrder(PlaceOrderRequest request) {
        return call(UtaV3.PLACE_ORDER, request);
    }

    /** POST /api/v3/trade/cancel-order. */
    default ApiResponse<OrderIds> cancelOrder(CancelOrderRequest request) {
        return call(UtaV3.CANCEL_ORDER, request);
    }

    /** GET /api/v3/trade/order-info. */
    default ApiResponse<OrderInfo> getOrderInfo(OrderInfoRequest request) {
        return call(UtaV3.ORDER_INFO, request);
    }

    /** GET /api/v3/trade/unfilled-orders. */
    default ApiResponse<UnfilledOrders> getUnfilledOrders(UnfilledOrdersRequest request) {
        return call(UtaV3.UNFILLED_ORDERS, request);
    }

    /** GET /api/v3/trade/unfilled-orders of every category and symbol. */
    default ApiResponse<UnfilledOrders> getUnfilledOrders() {
        return getUnfilledOrders(UnfilledOrdersRequest.all());
    }

    /** POST /api/v3/trade/place-batch: the orders go as a JSON array; each gets its own result. */
    default ApiResponse<List<BatchOrderResult>> placeBatchOrders(List<PlaceOrderRequest> orders) {
        return call(UtaV3.PLACE_BATCH, orders);
    }
}
