package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.PRIVATE;
import static io.github.bitget4j.Auth.PUBLIC;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.ServerTime;
import io.github.bitget4j.model.v3.AccountAssets;
import io.github.bitget4j.model.v3.AccountInfo;
import io.github.bitget4j.model.v3.BatchOrderResult;
import io.github.bitget4j.model.v3.CancelOrderRequest;
import io.github.bitget4j.model.v3.Candle;
import io.github.bitget4j.model.v3.CandlesRequest;
import io.github.bitget4j.model.v3.Instrument;
import io.github.bitget4j.model.v3.InstrumentsRequest;
import io.github.bitget4j.model.v3.OrderBook;
import io.github.bitget4j.model.v3.OrderBookRequest;
import io.github.bitget4j.model.v3.OrderInfo;
import io.github.bitget4j.model.v3.OrderInfoRequest;
import io.github.bitget4j.model.v3.PlaceOrderRequest;
import io.github.bitget4j.model.v3.Ticker;
import io.github.bitget4j.model.v3.TickersRequest;
import io.github.bitget4j.model.v3.UnfilledOrders;
import io.github.bitget4j.model.v3.UnfilledOrdersRequest;
import java.util.List;

/** Unified trading account (V3): public, market, account and trade endpoints. */
public final class UtaV3 {

    public static final Endpoint<ServerTime> SERVER_TIME =
            Endpoint.get("/api/v3/public/time", PUBLIC, ServerTime.class).withParameters();

    public static final Endpoint<List<Instrument>> INSTRUMENTS =
            Endpoint.getList("/api/v3/market/instruments", PUBLIC, Instrument.class)
                    .withParameters(InstrumentsRequest.class);

    public static final Endpoint<List<Ticker>> TICKERS =
            Endpoint.getList("/api/v3/market/tickers", PUBLIC, Ticker.class).withParameters(TickersRequest.class);

    public static final Endpoint<List<Candle>> CANDLES =
            Endpoint.getList("/api/v3/market/candles", PUBLIC, Candle.class).withParameters(CandlesRequest.class);

    public static final Endpoint<OrderBook> ORDER_BOOK =
            Endpoint.get("/api/v3/market/orderbook", PUBLIC, OrderBook.class).withParameters(OrderBookRequest.class);

    public static final Endpoint<AccountAssets> ACCOUNT_ASSETS =
            Endpoint.get("/api/v3/account/assets", PRIVATE, AccountAssets.class).withParameters();

    public static final Endpoint<AccountInfo> ACCOUNT_INFO =
            Endpoint.get("/api/v3/account/info", PRIVATE, AccountInfo.class).withParameters();

    public static final Endpoint<OrderIds> PLACE_ORDER =
            Endpoint.post("/api/v3/trade/place-order", PRIVATE, OrderIds.class).withParameters(PlaceOrderRequest.class);

    public static final Endpoint<OrderIds> CANCEL_ORDER =
            Endpoint.post("/api/v3/trade/cancel-order", PRIVATE, OrderIds.class)
                    .withParameters(CancelOrderRequest.class);

    public static final Endpoint<OrderInfo> ORDER_INFO =
            Endpoint.get("/api/v3/trade/order-info", PRIVATE, OrderInfo.class).withParameters(OrderInfoRequest.class);

    public static final Endpoint<UnfilledOrders> UNFILLED_ORDERS =
            Endpoint.get("/api/v3/trade/unfilled-orders", PRIVATE, UnfilledOrders.class)
                    .withParameters(UnfilledOrdersRequest.class);

    /** The body is a JSON array of orders. */
    public static final Endpoint<List<BatchOrderResult>> PLACE_BATCH =
            Endpoint.postList("/api/v3/trade/place-batch", PRIVATE, BatchOrderResult.class);

    private UtaV3() {
    }
}
