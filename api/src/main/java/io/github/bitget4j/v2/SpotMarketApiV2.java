package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.SpotV2;
import io.github.bitget4j.model.v2.SpotCandle;
import io.github.bitget4j.model.v2.SpotCandlesRequest;
import io.github.bitget4j.model.v2.SpotOrderBook;
import io.github.bitget4j.model.v2.SpotOrderBookRequest;
import io.github.bitget4j.model.v2.SpotTicker;
import io.github.bitget4j.model.v2.SpotTickerRequest;
import java.util.List;

/** Spot market data (V2). Signed when credentials are configured, served without them too. */
public interface SpotMarketApiV2 extends EndpointCaller {

    /** GET /api/v2/spot/market/tickers: one symbol, or all with {@link SpotTickerRequest#all()}. */
    default ApiResponse<List<SpotTicker>> getSpotTicker(SpotTickerRequest request) {
        return call(SpotV2.TICKERS, request);
    }

    /** GET /api/v2/spot/market/tickers for every symbol. */
    default ApiResponse<List<SpotTicker>> getSpotTicker() {
        return getSpotTicker(SpotTickerRequest.all());
    }

    /** GET /api/v2/spot/market/candles. */
    default ApiResponse<List<SpotCandle>> getSpotCandles(SpotCandlesRequest request) {
        return call(SpotV2.CANDLES, request);
    }

    /** GET /api/v2/spot/market/orderbook. */
    default ApiResponse<SpotOrderBook> getSpotOrderBookDepth(SpotOrderBookRequest request) {
        return call(SpotV2.ORDER_BOOK, request);
    }
}
