// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.SpotCandle;
import io.github.bitget4j.model.v2.SpotOrderBook;
import io.github.bitget4j.model.v2.SpotTicker;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.SpotMarketApiV2}. */
public final class SpotMarketEndpointsV2 {

    /** {@code GET /api/v2/spot/market/tickers}. */
    public static final Endpoint<List<SpotTicker>> GET_SPOT_TICKER =
            Endpoint.getList("/api/v2/spot/market/tickers", OPTIONAL, SpotTicker.class)
                    .withParameters("symbol");

    /** {@code GET /api/v2/spot/market/candles}. */
    public static final Endpoint<List<SpotCandle>> GET_SPOT_CANDLES =
            Endpoint.getList("/api/v2/spot/market/candles", OPTIONAL, SpotCandle.class)
                    .withParameters("symbol", "granularity", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/spot/market/orderbook}. */
    public static final Endpoint<SpotOrderBook> GET_SPOT_ORDER_BOOK_DEPTH =
            Endpoint.get("/api/v2/spot/market/orderbook", OPTIONAL, SpotOrderBook.class)
                    .withParameters("symbol", "type", "limit");

    private SpotMarketEndpointsV2() {
    }
}
