// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v2.SpotBatchOrderResult;
import io.github.bitget4j.model.v2.SpotOpenOrder;
import io.github.bitget4j.model.v2.SpotOrderInfo;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.SpotTradeApiV2}. */
public final class SpotTradeEndpointsV2 {

    /** {@code POST /api/v2/spot/trade/place-order}. */
    public static final Endpoint<OrderIds> SPOT_SUBMIT_ORDER =
            Endpoint.post("/api/v2/spot/trade/place-order", PRIVATE, OrderIds.class)
                    .withParameters("symbol", "side", "orderType", "force", "price", "size", "clientOid", "triggerPrice", "tpslType", "requestTime", "receiveWindow", "stpMode", "presetTakeProfitPrice", "executeTakeProfitPrice", "presetStopLossPrice", "executeStopLossPrice");

    /** {@code POST /api/v2/spot/trade/batch-orders}. */
    public static final Endpoint<SpotBatchOrderResult> SPOT_BATCH_SUBMIT_ORDERS =
            Endpoint.post("/api/v2/spot/trade/batch-orders", PRIVATE, SpotBatchOrderResult.class)
                    .withParameters("symbol", "batchMode", "orderList");

    /** {@code POST /api/v2/spot/trade/cancel-order}. */
    public static final Endpoint<OrderIds> SPOT_CANCEL_ORDER =
            Endpoint.post("/api/v2/spot/trade/cancel-order", PRIVATE, OrderIds.class)
                    .withParameters("symbol", "tpslType", "orderId", "clientOid");

    /** {@code GET /api/v2/spot/trade/orderInfo}. */
    public static final Endpoint<List<SpotOrderInfo>> GET_SPOT_ORDER =
            Endpoint.getList("/api/v2/spot/trade/orderInfo", PRIVATE, SpotOrderInfo.class)
                    .withParameters("orderId", "clientOid", "requestTime", "receiveWindow");

    /** {@code GET /api/v2/spot/trade/unfilled-orders}. */
    public static final Endpoint<List<SpotOpenOrder>> GET_SPOT_OPEN_ORDERS =
            Endpoint.getList("/api/v2/spot/trade/unfilled-orders", PRIVATE, SpotOpenOrder.class)
                    .withParameters("symbol", "startTime", "endTime", "idLessThan", "limit", "orderId", "tpslType", "requestTime", "receiveWindow");

    private SpotTradeEndpointsV2() {
    }
}
