// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v3.BatchOrderResult;
import io.github.bitget4j.model.v3.OrderInfo;
import io.github.bitget4j.model.v3.UnfilledOrders;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.TradeApiV3}. */
public final class TradeEndpointsV3 {

    /** {@code POST /api/v3/trade/place-order}. */
    public static final Endpoint<OrderIds> SUBMIT_NEW_ORDER =
            Endpoint.post("/api/v3/trade/place-order", PRIVATE, OrderIds.class)
                    .withParameters("category", "symbol", "qty", "price", "side", "orderType", "timeInForce", "posSide", "clientOid", "reduceOnly", "marginMode", "stpMode", "tpTriggerBy", "slTriggerBy", "takeProfit", "stopLoss", "tpOrderType", "slOrderType", "tpLimitPrice", "slLimitPrice");

    /** {@code POST /api/v3/trade/cancel-order}. */
    public static final Endpoint<OrderIds> CANCEL_ORDER =
            Endpoint.post("/api/v3/trade/cancel-order", PRIVATE, OrderIds.class)
                    .withParameters("orderId", "clientOid", "category");

    /** {@code GET /api/v3/trade/order-info}. */
    public static final Endpoint<OrderInfo> GET_ORDER_INFO =
            Endpoint.get("/api/v3/trade/order-info", PRIVATE, OrderInfo.class)
                    .withParameters("orderId", "clientOid");

    /** {@code GET /api/v3/trade/unfilled-orders}. */
    public static final Endpoint<UnfilledOrders> GET_UNFILLED_ORDERS =
            Endpoint.get("/api/v3/trade/unfilled-orders", PRIVATE, UnfilledOrders.class)
                    .withParameters("category", "symbol", "startTime", "endTime", "limit", "cursor");

    /** {@code POST /api/v3/trade/place-batch}. */
    public static final Endpoint<List<BatchOrderResult>> PLACE_BATCH_ORDERS =
            Endpoint.postList("/api/v3/trade/place-batch", PRIVATE, BatchOrderResult.class);

    private TradeEndpointsV3() {
    }
}
