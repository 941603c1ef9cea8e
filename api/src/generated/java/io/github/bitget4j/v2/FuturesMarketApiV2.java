// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.FuturesMarketEndpointsV2;
import io.github.bitget4j.model.v2.futures.FuturesAccountRatio;
import io.github.bitget4j.model.v2.futures.FuturesBorrowRatio;
import io.github.bitget4j.model.v2.futures.FuturesCandle;
import io.github.bitget4j.model.v2.futures.FuturesCandlesRequest;
import io.github.bitget4j.model.v2.futures.FuturesCoinDataRequest;
import io.github.bitget4j.model.v2.futures.FuturesCoinRequest;
import io.github.bitget4j.model.v2.futures.FuturesContract;
import io.github.bitget4j.model.v2.futures.FuturesCurrentFundingRate;
import io.github.bitget4j.model.v2.futures.FuturesDataRequest;
import io.github.bitget4j.model.v2.futures.FuturesDiscountRates;
import io.github.bitget4j.model.v2.futures.FuturesExchangeRates;
import io.github.bitget4j.model.v2.futures.FuturesFundingHistoryRequest;
import io.github.bitget4j.model.v2.futures.FuturesFundingTime;
import io.github.bitget4j.model.v2.futures.FuturesHistoricCandlesRequest;
import io.github.bitget4j.model.v2.futures.FuturesHistoricFundingRate;
import io.github.bitget4j.model.v2.futures.FuturesHistoricTradesRequest;
import io.github.bitget4j.model.v2.futures.FuturesInterestRateHistory;
import io.github.bitget4j.model.v2.futures.FuturesLoanGrowth;
import io.github.bitget4j.model.v2.futures.FuturesLongShortRatio;
import io.github.bitget4j.model.v2.futures.FuturesMarginLongShortRatio;
import io.github.bitget4j.model.v2.futures.FuturesMergeDepth;
import io.github.bitget4j.model.v2.futures.FuturesMergeDepthRequest;
import io.github.bitget4j.model.v2.futures.FuturesOiLimit;
import io.github.bitget4j.model.v2.futures.FuturesOpenInterest;
import io.github.bitget4j.model.v2.futures.FuturesPositionRatio;
import io.github.bitget4j.model.v2.futures.FuturesPositionTier;
import io.github.bitget4j.model.v2.futures.FuturesProductTypeRequest;
import io.github.bitget4j.model.v2.futures.FuturesRecentTradesRequest;
import io.github.bitget4j.model.v2.futures.FuturesSymbolFilterRequest;
import io.github.bitget4j.model.v2.futures.FuturesSymbolPrice;
import io.github.bitget4j.model.v2.futures.FuturesTakerVolume;
import io.github.bitget4j.model.v2.futures.FuturesTicker;
import io.github.bitget4j.model.v2.futures.FuturesTickerRequest;
import io.github.bitget4j.model.v2.futures.FuturesTrade;
import io.github.bitget4j.model.v2.futures.FuturesVipFeeRate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Futures market data (V2): tickers, depth, trades, candles, funding, contracts.
 */
public interface FuturesMarketApiV2 extends EndpointCaller {

    /**
     * Taker buy and sell volume history.
     *
     * <p>{@code GET /api/v2/mix/market/taker-buy-sell}, public; rate limit 1 request per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesTakerVolume&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesTakerVolume>> getFuturesActiveTakerBuySellVolumeData(FuturesDataRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_ACTIVE_TAKER_BUY_SELL_VOLUME_DATA, request);
    }

    /**
     * Long/short position ratio history.
     *
     * <p>{@code GET /api/v2/mix/market/position-long-short}, public; rate limit 1 request per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesPositionRatio&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesPositionRatio>> getFuturesActiveLongShortPositionData(FuturesDataRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_ACTIVE_LONG_SHORT_POSITION_DATA, request);
    }

    /**
     * Margin long/short ratio history.
     *
     * <p>{@code GET /api/v2/mix/market/long-short-ratio}, public; rate limit 1 request per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesMarginLongShortRatio&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesMarginLongShortRatio>> getFuturesLongShortRatio(FuturesCoinDataRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_LONG_SHORT_RATIO, request);
    }

    /**
     * Margin loan growth rate history.
     *
     * <p>{@code GET /api/v2/mix/market/loan-growth}, public; rate limit 1 request per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesLoanGrowth&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesLoanGrowth>> getMarginLoanGrowthRate(FuturesCoinDataRequest request) {
        return call(FuturesMarketEndpointsV2.GET_MARGIN_LOAN_GROWTH_RATE, request);
    }

    /**
     * Isolated margin borrowing ratio history.
     *
     * <p>{@code GET /api/v2/mix/market/isolated-borrow-rate}, public; rate limit 1 request per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesBorrowRatio&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesBorrowRatio>> getIsolatedMarginBorrowingRatio(FuturesDataRequest request) {
        return call(FuturesMarketEndpointsV2.GET_ISOLATED_MARGIN_BORROWING_RATIO, request);
    }

    /**
     * Long/short ratio history.
     *
     * <p>{@code GET /api/v2/mix/market/long-short}, public; rate limit 1 request per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesLongShortRatio&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesLongShortRatio>> getFuturesActiveBuySellVolumeData(FuturesDataRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_ACTIVE_BUY_SELL_VOLUME_DATA, request);
    }

    /**
     * Long/short account ratio history.
     *
     * <p>{@code GET /api/v2/mix/market/account-long-short}, public; rate limit 1 request per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesAccountRatio&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesAccountRatio>> getFuturesActiveLongShortAccountData(FuturesDataRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_ACTIVE_LONG_SHORT_ACCOUNT_DATA, request);
    }

    /**
     * Fee rates of every VIP level.
     *
     * <p>{@code GET /api/v2/mix/market/vip-fee-rate}, public; rate limit 10 requests per second per IP.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesVipFeeRate&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesVipFeeRate>> getFuturesVIPFeeRate() {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_VIP_FEE_RATE, null);
    }

    /**
     * Union-margin interest rate history.
     *
     * <p>{@code GET /api/v2/mix/market/union-interest-rate-history}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesInterestRateHistory}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesInterestRateHistory> getFuturesInterestRateHistory(FuturesCoinRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_INTEREST_RATE_HISTORY, request);
    }

    /**
     * Union-margin conversion rate tiers.
     *
     * <p>{@code GET /api/v2/mix/market/exchange-rate}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesExchangeRates&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesExchangeRates>> getFuturesInterestExchangeRate() {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_INTEREST_EXCHANGE_RATE, null);
    }

    /**
     * Union-margin collateral discount tiers.
     *
     * <p>{@code GET /api/v2/mix/market/discount-rate}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesDiscountRates&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesDiscountRates>> getFuturesDiscountRate() {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_DISCOUNT_RATE, null);
    }

    /**
     * Order book with merged price levels.
     *
     * <p>{@code GET /api/v2/mix/market/merge-depth}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesMergeDepth}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesMergeDepth> getFuturesMergeDepth(FuturesMergeDepthRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_MERGE_DEPTH, request);
    }

    /**
     * Ticker of one contract.
     *
     * <p>{@code GET /api/v2/mix/market/ticker}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesTicker&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesTicker>> getFuturesTicker(FuturesTickerRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_TICKER, request);
    }

    /**
     * Tickers of every contract of a product type.
     *
     * <p>{@code GET /api/v2/mix/market/tickers}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesTicker&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesTicker>> getFuturesAllTickers(FuturesProductTypeRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_ALL_TICKERS, request);
    }

    /**
     * Most recent public trades.
     *
     * <p>{@code GET /api/v2/mix/market/fills}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesTrade&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesTrade>> getFuturesRecentTrades(FuturesRecentTradesRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_RECENT_TRADES, request);
    }

    /**
     * Older public trades (last 90 days).
     *
     * <p>{@code GET /api/v2/mix/market/fills-history}, public; rate limit 10 requests per second per IP; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesTrade&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesTrade>> getFuturesHistoricTrades(FuturesHistoricTradesRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_HISTORIC_TRADES, request);
    }

    /**
     * Every item of {@link #getFuturesHistoricTrades}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<FuturesTrade> streamFuturesHistoricTrades(FuturesHistoricTradesRequest request) {
        return Pages.byCursor(request, this::getFuturesHistoricTrades, page -> page, page -> page.get(page.size() - 1).tradeId(),
                (r, n) -> new FuturesHistoricTradesRequest(r.symbol(), r.productType(), r.limit(), n, r.startTime(), r.endTime(), r.extraParams()));
    }

    /**
     * Recent candles.
     *
     * <p>{@code GET /api/v2/mix/market/candles}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesCandle&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesCandle>> getFuturesCandles(FuturesCandlesRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_CANDLES, request);
    }

    /**
     * Older traded-price candles.
     *
     * <p>{@code GET /api/v2/mix/market/history-candles}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesCandle&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesCandle>> getFuturesHistoricCandles(FuturesHistoricCandlesRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_HISTORIC_CANDLES, request);
    }

    /**
     * Older index-price candles.
     *
     * <p>{@code GET /api/v2/mix/market/history-index-candles}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesCandle&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesCandle>> getFuturesHistoricIndexPriceCandles(FuturesHistoricCandlesRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_HISTORIC_INDEX_PRICE_CANDLES, request);
    }

    /**
     * Older mark-price candles.
     *
     * <p>{@code GET /api/v2/mix/market/history-mark-candles}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesCandle&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesCandle>> getFuturesHistoricMarkPriceCandles(FuturesHistoricCandlesRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_HISTORIC_MARK_PRICE_CANDLES, request);
    }

    /**
     * Platform-wide open interest of a contract.
     *
     * <p>{@code GET /api/v2/mix/market/open-interest}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesOpenInterest}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesOpenInterest> getFuturesOpenInterest(FuturesTickerRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_OPEN_INTEREST, request);
    }

    /**
     * Next funding settlement time.
     *
     * <p>{@code GET /api/v2/mix/market/funding-time}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesFundingTime&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesFundingTime>> getFuturesNextFundingTime(FuturesTickerRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_NEXT_FUNDING_TIME, request);
    }

    /**
     * Last, index and mark price of a contract.
     *
     * <p>{@code GET /api/v2/mix/market/symbol-price}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesSymbolPrice&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesSymbolPrice>> getFuturesSymbolPrice(FuturesTickerRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_SYMBOL_PRICE, request);
    }

    /**
     * Past funding rates.
     *
     * <p>{@code GET /api/v2/mix/market/history-fund-rate}, public; rate limit 20 requests per second per IP; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesHistoricFundingRate&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesHistoricFundingRate>> getFuturesHistoricFundingRates(FuturesFundingHistoryRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_HISTORIC_FUNDING_RATES, request);
    }

    /**
     * Every item of {@link #getFuturesHistoricFundingRates}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<FuturesHistoricFundingRate> streamFuturesHistoricFundingRates(FuturesFundingHistoryRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getFuturesHistoricFundingRates, page -> page,
                (r, n) -> new FuturesFundingHistoryRequest(r.symbol(), r.productType(), r.pageSize(), n, r.extraParams()));
    }

    /**
     * Current funding rate of one or every contract.
     *
     * <p>{@code GET /api/v2/mix/market/current-fund-rate}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesCurrentFundingRate&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesCurrentFundingRate>> getFuturesCurrentFundingRate(FuturesSymbolFilterRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_CURRENT_FUNDING_RATE, request);
    }

    /**
     * Trading rules of one or every contract.
     *
     * <p>{@code GET /api/v2/mix/market/contracts}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesContract&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesContract>> getFuturesContractConfig(FuturesSymbolFilterRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_CONTRACT_CONFIG, request);
    }

    /**
     * Open-interest caps of one or every contract.
     *
     * <p>{@code GET /api/v2/mix/market/oi-limit}, public; rate limit 10 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesOiLimit&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesOiLimit>> getFuturesOiLimit(FuturesSymbolFilterRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_OI_LIMIT, request);
    }

    /**
     * Leverage tiers of a contract.
     *
     * <p>{@code GET /api/v2/mix/market/query-position-lever}, public; rate limit 10 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesPositionTier&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesPositionTier>> getFuturesPositionTier(FuturesTickerRequest request) {
        return call(FuturesMarketEndpointsV2.GET_FUTURES_POSITION_TIER, request);
    }
}
