package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.UtaV3;
import io.github.bitget4j.model.v3.Candle;
import io.github.bitget4j.model.v3.CandlesRequest;
import io.github.bitget4j.model.v3.Instrument;
import io.github.bitget4j.model.v3.InstrumentsRequest;
import io.github.bitget4j.model.v3.OrderBook;
import io.github.bitget4j.model.v3.OrderBookRequest;
import io.github.bitget4j.model.v3.Ticker;
import io.github.bitget4j.model.v3.TickersRequest;
import java.util.List;

/** Market data (V3). Public. */
public interface MarketApiV3 extends EndpointCaller {

    /** GET /api/v3/market/instruments. */
    default ApiResponse<List<Instrument>> getInstruments(InstrumentsRequest request) {
        return call(UtaV3.INSTRUMENTS, request);
    }

    /** GET /api/v3/market/tickers. */
    default ApiResponse<List<Ticker>> getTickers(TickersRequest request) {
        return call(UtaV3.TICKERS, request);
    }

    /** GET /api/v3/market/candles. */
    default ApiResponse<List<Candle>> getCandles(CandlesRequest request) {
        return call(UtaV3.CANDLES, request);
    }

    /** GET /api/v3/market/orderbook. */
    default ApiResponse<OrderBook> getOrderBook(OrderBookRequest request) {
        return call(UtaV3.ORDER_BOOK, request);
    }
}
