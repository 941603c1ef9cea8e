// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.Candle;
import io.github.bitget4j.model.v3.Instrument;
import io.github.bitget4j.model.v3.OrderBook;
import io.github.bitget4j.model.v3.Ticker;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.MarketApiV3}. */
public final class MarketEndpointsV3 {

    /** {@code GET /api/v3/market/instruments}. */
    public static final Endpoint<List<Instrument>> GET_INSTRUMENTS =
            Endpoint.getList("/api/v3/market/instruments", PUBLIC, Instrument.class)
                    .withParameters("category", "symbol");

    /** {@code GET /api/v3/market/tickers}. */
    public static final Endpoint<List<Ticker>> GET_TICKERS =
            Endpoint.getList("/api/v3/market/tickers", PUBLIC, Ticker.class)
                    .withParameters("category", "symbol");

    /** {@code GET /api/v3/market/candles}. */
    public static final Endpoint<List<Candle>> GET_CANDLES =
            Endpoint.getList("/api/v3/market/candles", PUBLIC, Candle.class)
                    .withParameters("category", "symbol", "interval", "startTime", "endTime", "type", "limit");

    /** {@code GET /api/v3/market/orderbook}. */
    public static final Endpoint<OrderBook> GET_ORDER_BOOK =
            Endpoint.get("/api/v3/market/orderbook", PUBLIC, OrderBook.class)
                    .withParameters("category", "symbol", "limit");

    private MarketEndpointsV3() {
    }
}
