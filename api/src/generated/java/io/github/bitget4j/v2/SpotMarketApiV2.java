// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.SpotMarketEndpointsV2;
import io.github.bitget4j.model.v2.SpotCandle;
import io.github.bitget4j.model.v2.SpotCandlesRequest;
import io.github.bitget4j.model.v2.SpotOrderBook;
import io.github.bitget4j.model.v2.SpotOrderBookRequest;
import io.github.bitget4j.model.v2.SpotTicker;
import io.github.bitget4j.model.v2.SpotTickerRequest;
import java.util.List;

/**
 * Spot market data (V2). Signed when credentials are configured, served without them too.
 */
public interface SpotMarketApiV2 extends EndpointCaller {

    /**
     * The 24-hour tickers of one symbol, or of all.
     *
     * <p>{@code GET /api/v2/spot/market/tickers}, signed when credentials are set; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     */
    default ApiResponse<List<SpotTicker>> getSpotTicker(SpotTickerRequest request) {
        return call(SpotMarketEndpointsV2.GET_SPOT_TICKER, request);
    }

    /**
     * The 24-hour tickers of one symbol, or of all.
     *
     * <p>{@code GET /api/v2/spot/market/tickers}, signed when credentials are set; rate limit 20 requests per second per IP.
     *
     * <p>With no parameters set.
     */
    default ApiResponse<List<SpotTicker>> getSpotTicker() {
        return getSpotTicker(new SpotTickerRequest(null));
    }

    /**
     * Candlesticks of one symbol.
     *
     * <p>{@code GET /api/v2/spot/market/candles}, signed when credentials are set; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     */
    default ApiResponse<List<SpotCandle>> getSpotCandles(SpotCandlesRequest request) {
        return call(SpotMarketEndpointsV2.GET_SPOT_CANDLES, request);
    }

    /**
     * The order book of one symbol.
     *
     * <p>{@code GET /api/v2/spot/market/orderbook}, signed when credentials are set; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     */
    default ApiResponse<SpotOrderBook> getSpotOrderBookDepth(SpotOrderBookRequest request) {
        return call(SpotMarketEndpointsV2.GET_SPOT_ORDER_BOOK_DEPTH, request);
    }
}
