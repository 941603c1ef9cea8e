// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.SpotTradeEndpointsV2;
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
 * Spot trading (V2). Private: needs credentials. A submit that fails with a {@code BitgetConnectionException} whose {@code mayHaveReachedServer()} is true may have placed the order: look it up by clientOid before sending it again.
 */
public interface SpotTradeApiV2 extends EndpointCaller {

    /**
     * Places one spot order.
     *
     * <p>{@code POST /api/v2/spot/trade/place-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
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
     */
    default ApiResponse<List<SpotOpenOrder>> getSpotOpenOrders(SpotOpenOrdersRequest request) {
        return call(SpotTradeEndpointsV2.GET_SPOT_OPEN_ORDERS, request);
    }

    /**
     * Open (not completely filled) spot orders.
     *
     * <p>{@code GET /api/v2/spot/trade/unfilled-orders}, signed; rate limit 20 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     */
    default ApiResponse<List<SpotOpenOrder>> getSpotOpenOrders() {
        return getSpotOpenOrders(new SpotOpenOrdersRequest(null, null, null, null, null, null, null, null, null));
    }
}
