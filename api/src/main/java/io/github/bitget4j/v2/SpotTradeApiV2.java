package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.SpotV2;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v2.SpotBatchOrderRequest;
import io.github.bitget4j.model.v2.SpotBatchOrderResult;
import io.github.bitget4j.model.v2.SpotCancelOrderRequest;
import io.github.bitget4j.model.v2.SpotOpenOrder;
import io.github.bitget4j.model.v2.SpotOpenOrdersRequest;
import io.github.bitget4j.model.v2.SpotOrderInfo;
import io.github.bitget4j.model.v2.SpotOrderInfoRequest;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import java.util.List;

/**
 * Spot trading (V2). Private: needs credentials. A submit that fails with a {@code BitgetConnectionException}
 * whose {@code mayHaveReachedServer()} is true may have placed the order: look it up by clientOid before
 * sending it again.
 */
public interface SpotTradeApiV2 extends EndpointCaller {

    /** POST /api/v2/spot/trade/place-order. */
    default ApiResponse<OrderIds> spotSubmitOrder(SpotOrderRequest request) {
        return call(SpotV2.PLACE_ORDER, request);
    }

    /** POST /api/v2/spot/trade/batch-orders. */
    default ApiResponse<SpotBatchOrderResult> spotBatchSubmitOrders(SpotBatchOrderRequest request) {
        return call(SpotV2.BATCH_ORDERS, request);
    }

    /** POST /api/v2/spot/trade/cancel-order. */
    default ApiResponse<OrderIds> spotCancelOrder(SpotCancelOrderRequest request) {
        return call(SpotV2.CANCEL_ORDER, request);
    }

    /** GET /api/v2/spot/trade/orderInfo. */
    default ApiResponse<List<SpotOrderInfo>> getSpotOrder(SpotOrderInfoRequest request) {
        return call(SpotV2.ORDER_INFO, request);
    }

    /** GET /api/v2/spot/trade/unfilled-orders. */
    default ApiResponse<List<SpotOpenOrder>> getSpotOpenOrders(SpotOpenOrdersRequest request) {
        return call(SpotV2.OPEN_ORDERS, request);
    }

    /** GET /api/v2/spot/trade/unfilled-orders for every symbol. */
    default ApiResponse<List<SpotOpenOrder>> getSpotOpenOrders() {
        return getSpotOpenOrders(SpotOpenOrdersRequest.all());
    }
}
