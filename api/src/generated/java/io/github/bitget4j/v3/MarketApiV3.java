// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.MarketEndpointsV3;
import io.github.bitget4j.model.v3.Candle;
import io.github.bitget4j.model.v3.CandlesRequest;
import io.github.bitget4j.model.v3.Instrument;
import io.github.bitget4j.model.v3.InstrumentsRequest;
import io.github.bitget4j.model.v3.OrderBook;
import io.github.bitget4j.model.v3.OrderBookRequest;
import io.github.bitget4j.model.v3.Ticker;
import io.github.bitget4j.model.v3.TickersRequest;
import java.util.List;

/**
 * Market data (V3). Public.
 */
public interface MarketApiV3 extends EndpointCaller {

    /**
     * The trading rules of the symbols of a category.
     *
     * <p>{@code GET /api/v3/market/instruments}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     */
    default ApiResponse<List<Instrument>> getInstruments(InstrumentsRequest request) {
        return call(MarketEndpointsV3.GET_INSTRUMENTS, request);
    }

    /**
     * The 24-hour tickers of a category, or of one symbol.
     *
     * <p>{@code GET /api/v3/market/tickers}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     */
    default ApiResponse<List<Ticker>> getTickers(TickersRequest request) {
        return call(MarketEndpointsV3.GET_TICKERS, request);
    }

    /**
     * Candlesticks of one symbol.
     *
     * <p>{@code GET /api/v3/market/candles}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     */
    default ApiResponse<List<Candle>> getCandles(CandlesRequest request) {
        return call(MarketEndpointsV3.GET_CANDLES, request);
    }

    /**
     * The order book of one symbol.
     *
     * <p>{@code GET /api/v3/market/orderbook}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     */
    default ApiResponse<OrderBook> getOrderBook(OrderBookRequest request) {
        return call(MarketEndpointsV3.GET_ORDER_BOOK, request);
    }
}
