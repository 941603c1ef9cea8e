// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.SpotMarketEndpointsV2;
import io.github.bitget4j.model.v2.SpotCallAuction;
import io.github.bitget4j.model.v2.SpotCandle;
import io.github.bitget4j.model.v2.SpotCandlesRequest;
import io.github.bitget4j.model.v2.SpotCoinInfo;
import io.github.bitget4j.model.v2.SpotCoinRequest;
import io.github.bitget4j.model.v2.SpotFundFlow;
import io.github.bitget4j.model.v2.SpotFundFlowRequest;
import io.github.bitget4j.model.v2.SpotFundNetFlow;
import io.github.bitget4j.model.v2.SpotHistoricCandlesRequest;
import io.github.bitget4j.model.v2.SpotHistoricTradesRequest;
import io.github.bitget4j.model.v2.SpotMergeDepth;
import io.github.bitget4j.model.v2.SpotMergeDepthRequest;
import io.github.bitget4j.model.v2.SpotOrderBook;
import io.github.bitget4j.model.v2.SpotOrderBookRequest;
import io.github.bitget4j.model.v2.SpotRecentTradesRequest;
import io.github.bitget4j.model.v2.SpotSupportSymbols;
import io.github.bitget4j.model.v2.SpotSymbol;
import io.github.bitget4j.model.v2.SpotSymbolFilterRequest;
import io.github.bitget4j.model.v2.SpotSymbolRequest;
import io.github.bitget4j.model.v2.SpotTicker;
import io.github.bitget4j.model.v2.SpotTickerRequest;
import io.github.bitget4j.model.v2.SpotTrade;
import io.github.bitget4j.model.v2.SpotVipFeeRate;
import io.github.bitget4j.model.v2.SpotWhaleNetFlow;
import java.util.List;
import java.util.stream.Stream;

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
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotTicker&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
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
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotTicker&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
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
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotCandle&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
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
     * @return Bitget's answer, its {@code data} read as {@code SpotOrderBook}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotOrderBook> getSpotOrderBookDepth(SpotOrderBookRequest request) {
        return call(SpotMarketEndpointsV2.GET_SPOT_ORDER_BOOK_DEPTH, request);
    }

    /**
     * Coins Bitget supports, with their chains and deposit/withdrawal rules.
     *
     * <p>{@code GET /api/v2/spot/public/coins}, signed when credentials are set; rate limit 3 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotCoinInfo&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotCoinInfo>> getSpotCoinInfo(SpotCoinRequest request) {
        return call(SpotMarketEndpointsV2.GET_SPOT_COIN_INFO, request);
    }

    /**
     * Coins Bitget supports, with their chains and deposit/withdrawal rules.
     *
     * <p>{@code GET /api/v2/spot/public/coins}, signed when credentials are set; rate limit 3 requests per second per IP.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotCoinInfo&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotCoinInfo>> getSpotCoinInfo() {
        return getSpotCoinInfo(new SpotCoinRequest(null));
    }

    /**
     * Trading rules of one spot symbol, or of all.
     *
     * <p>{@code GET /api/v2/spot/public/symbols}, signed when credentials are set; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotSymbol&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotSymbol>> getSpotSymbolInfo(SpotSymbolFilterRequest request) {
        return call(SpotMarketEndpointsV2.GET_SPOT_SYMBOL_INFO, request);
    }

    /**
     * Trading rules of one spot symbol, or of all.
     *
     * <p>{@code GET /api/v2/spot/public/symbols}, signed when credentials are set; rate limit 20 requests per second per IP.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotSymbol&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotSymbol>> getSpotSymbolInfo() {
        return getSpotSymbolInfo(new SpotSymbolFilterRequest(null));
    }

    /**
     * Spot fee rates of each VIP level.
     *
     * <p>{@code GET /api/v2/spot/market/vip-fee-rate}, signed when credentials are set; rate limit 10 requests per second per IP.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotVipFeeRate&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotVipFeeRate>> getSpotVIPFeeRate() {
        return call(SpotMarketEndpointsV2.GET_SPOT_VIP_FEE_RATE, null);
    }

    /**
     * Order book of one symbol with prices grouped by a step.
     *
     * <p>{@code GET /api/v2/spot/market/merge-depth}, signed when credentials are set; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotMergeDepth}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotMergeDepth> getSpotMergeDepth(SpotMergeDepthRequest request) {
        return call(SpotMarketEndpointsV2.GET_SPOT_MERGE_DEPTH, request);
    }

    /**
     * Older candlesticks of one symbol, before an end time.
     *
     * <p>{@code GET /api/v2/spot/market/history-candles}, signed when credentials are set; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotCandle&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotCandle>> getSpotHistoricCandles(SpotHistoricCandlesRequest request) {
        return call(SpotMarketEndpointsV2.GET_SPOT_HISTORIC_CANDLES, request);
    }

    /**
     * The latest public trades of one symbol.
     *
     * <p>{@code GET /api/v2/spot/market/fills}, signed when credentials are set; rate limit 10 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotTrade&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotTrade>> getSpotRecentTrades(SpotRecentTradesRequest request) {
        return call(SpotMarketEndpointsV2.GET_SPOT_RECENT_TRADES, request);
    }

    /**
     * Older public trades of one symbol, one page.
     *
     * <p>{@code GET /api/v2/spot/market/fills-history}, signed when credentials are set; rate limit 10 requests per second per IP; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotTrade&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotTrade>> getSpotHistoricTrades(SpotHistoricTradesRequest request) {
        return call(SpotMarketEndpointsV2.GET_SPOT_HISTORIC_TRADES, request);
    }

    /**
     * Every item of {@link #getSpotHistoricTrades}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<SpotTrade> streamSpotHistoricTrades(SpotHistoricTradesRequest request) {
        return Pages.byCursor(request, this::getSpotHistoricTrades, page -> page, page -> page.get(page.size() - 1).tradeId(),
                (r, n) -> new SpotHistoricTradesRequest(r.symbol(), r.limit(), n, r.startTime(), r.endTime(), r.extraParams()));
    }

    /**
     * The opening call auction of a newly listed symbol.
     *
     * <p>{@code GET /api/v2/spot/market/auction}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotCallAuction}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotCallAuction> getSpotCallAuction(SpotSymbolRequest request) {
        return call(SpotMarketEndpointsV2.GET_SPOT_CALL_AUCTION, request);
    }

    /**
     * Buy/sell volume of a symbol by order size.
     *
     * <p>{@code GET /api/v2/spot/market/fund-flow}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotFundFlow}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotFundFlow> getSpotFundFlow(SpotFundFlowRequest request) {
        return call(SpotMarketEndpointsV2.GET_SPOT_FUND_FLOW, request);
    }

    /**
     * Symbols that have trading-insight data.
     *
     * <p>{@code GET /api/v2/spot/market/support-symbols}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code SpotSupportSymbols}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotSupportSymbols> getTradeDataSupportSymbols() {
        return call(SpotMarketEndpointsV2.GET_TRADE_DATA_SUPPORT_SYMBOLS, null);
    }

    /**
     * Net inflow of funds into one symbol over time.
     *
     * <p>{@code GET /api/v2/spot/market/fund-net-flow}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotFundNetFlow&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotFundNetFlow>> getSpotFundNetFlowData(SpotSymbolRequest request) {
        return call(SpotMarketEndpointsV2.GET_SPOT_FUND_NET_FLOW_DATA, request);
    }

    /**
     * Net flow of large (whale) orders in one symbol per day.
     *
     * <p>{@code GET /api/v2/spot/market/whale-net-flow}, signed when credentials are set; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotWhaleNetFlow&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotWhaleNetFlow>> getSpotWhaleNetFlowData(SpotSymbolRequest request) {
        return call(SpotMarketEndpointsV2.GET_SPOT_WHALE_NET_FLOW_DATA, request);
    }
}
