package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.OPTIONAL;
import static io.github.bitget4j.Auth.PRIVATE;
import static io.github.bitget4j.Auth.PUBLIC;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.ServerTime;
import io.github.bitget4j.model.v2.SpotAsset;
import io.github.bitget4j.model.v2.SpotAssetsRequest;
import io.github.bitget4j.model.v2.SpotBatchOrderRequest;
import io.github.bitget4j.model.v2.SpotBatchOrderResult;
import io.github.bitget4j.model.v2.SpotCancelOrderRequest;
import io.github.bitget4j.model.v2.SpotCandle;
import io.github.bitget4j.model.v2.SpotCandlesRequest;
import io.github.bitget4j.model.v2.SpotOpenOrder;
import io.github.bitget4j.model.v2.SpotOpenOrdersRequest;
import io.github.bitget4j.model.v2.SpotOrderBook;
import io.github.bitget4j.model.v2.SpotOrderBookRequest;
import io.github.bitget4j.model.v2.SpotOrderInfo;
import io.github.bitget4j.model.v2.SpotOrderInfoRequest;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.model.v2.SpotTicker;
import io.github.bitget4j.model.v2.SpotTickerRequest;
import java.util.List;

/** Classic account (V2): common and spot endpoints. */
public final class SpotV2 {

    public static final Endpoint<ServerTime> SERVER_TIME =
            Endpoint.get("/api/v2/public/time", PUBLIC, ServerTime.class).withParameters();

    public static final Endpoint<List<SpotTicker>> TICKERS =
            Endpoint.getList("/api/v2/spot/market/tickers", OPTIONAL, SpotTicker.class)
                    .withParameters(SpotTickerRequest.class);

    public static final Endpoint<List<SpotCandle>> CANDLES =
            Endpoint.getList("/api/v2/spot/market/candles", OPTIONAL, SpotCandle.class)
                    .withParameters(SpotCandlesRequest.class);

    public static final Endpoint<SpotOrderBook> ORDER_BOOK =
            Endpoint.get("/api/v2/spot/market/orderbook", OPTIONAL, SpotOrderBook.class)
                    .withParameters(SpotOrderBookRequest.class);

    public static final Endpoint<List<SpotAsset>> ACCOUNT_ASSETS =
            Endpoint.getList("/api/v2/spot/account/assets", PRIVATE, SpotAsset.class)
                    .withParameters(SpotAssetsRequest.class);

    public static final Endpoint<OrderIds> PLACE_ORDER =
            Endpoint.post("/api/v2/spot/trade/place-order", PRIVATE, OrderIds.class)
                    .withParameters(SpotOrderRequest.class);

    public static final Endpoint<SpotBatchOrderResult> BATCH_ORDERS =
            Endpoint.post("/api/v2/spot/trade/batch-orders", PRIVATE, SpotBatchOrderResult.class)
                    .withParameters(SpotBatchOrderRequest.class);

    public static final Endpoint<OrderIds> CANCEL_ORDER =
            Endpoint.post("/api/v2/spot/trade/cancel-order", PRIVATE, OrderIds.class)
                    .withParameters(SpotCancelOrderRequest.class);

    public static final Endpoint<List<SpotOrderInfo>> ORDER_INFO =
            Endpoint.getList("/api/v2/spot/trade/orderInfo", PRIVATE, SpotOrderInfo.class)
                    .withParameters(SpotOrderInfoRequest.class);

    public static final Endpoint<List<SpotOpenOrder>> OPEN_ORDERS =
            Endpoint.getList("/api/v2/spot/trade/unfilled-orders", PRIVATE, SpotOpenOrder.class)
                    .withParameters(SpotOpenOrdersRequest.class);

    private SpotV2() {
    }
}
