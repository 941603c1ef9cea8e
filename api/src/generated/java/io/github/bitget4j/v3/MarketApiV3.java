// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.MarketEndpointsV3;
import io.github.bitget4j.model.v3.Candle;
import io.github.bitget4j.model.v3.CandlesRequest;
import io.github.bitget4j.model.v3.Instrument;
import io.github.bitget4j.model.v3.InstrumentsRequest;
import io.github.bitget4j.model.v3.OrderBook;
import io.github.bitget4j.model.v3.OrderBookRequest;
import io.github.bitget4j.model.v3.Ticker;
import io.github.bitget4j.model.v3.TickersRequest;
import io.github.bitget4j.model.v3.UtaCashDividendRecord;
import io.github.bitget4j.model.v3.UtaCashDividendRecordsRequest;
import io.github.bitget4j.model.v3.UtaContractOiLimit;
import io.github.bitget4j.model.v3.UtaCurrentFundingRateRequest;
import io.github.bitget4j.model.v3.UtaDiscountRate;
import io.github.bitget4j.model.v3.UtaFeeGroupInfo;
import io.github.bitget4j.model.v3.UtaFeeGroupRequest;
import io.github.bitget4j.model.v3.UtaFundingRate;
import io.github.bitget4j.model.v3.UtaFuturesAccountLongShort;
import io.github.bitget4j.model.v3.UtaFuturesActiveBuySell;
import io.github.bitget4j.model.v3.UtaFuturesDataRequest;
import io.github.bitget4j.model.v3.UtaFuturesLongShort;
import io.github.bitget4j.model.v3.UtaFuturesPositionLongShort;
import io.github.bitget4j.model.v3.UtaFuturesSymbolsRequest;
import io.github.bitget4j.model.v3.UtaHistoryFundingRate;
import io.github.bitget4j.model.v3.UtaHistoryFundingRateRequest;
import io.github.bitget4j.model.v3.UtaIndexComponents;
import io.github.bitget4j.model.v3.UtaLiquidation;
import io.github.bitget4j.model.v3.UtaLiquidations;
import io.github.bitget4j.model.v3.UtaLiquidationsRequest;
import io.github.bitget4j.model.v3.UtaMarginDataRequest;
import io.github.bitget4j.model.v3.UtaMarginIsolatedBorrow;
import io.github.bitget4j.model.v3.UtaMarginIsolatedBorrowRequest;
import io.github.bitget4j.model.v3.UtaMarginLoan;
import io.github.bitget4j.model.v3.UtaMarginLoanGrowth;
import io.github.bitget4j.model.v3.UtaMarginLoansRequest;
import io.github.bitget4j.model.v3.UtaMarginLongShort;
import io.github.bitget4j.model.v3.UtaOpenInterest;
import io.github.bitget4j.model.v3.UtaPositionTier;
import io.github.bitget4j.model.v3.UtaPositionTierRequest;
import io.github.bitget4j.model.v3.UtaProofOfReserves;
import io.github.bitget4j.model.v3.UtaPublicFill;
import io.github.bitget4j.model.v3.UtaPublicFillsRequest;
import io.github.bitget4j.model.v3.UtaRiskReserve;
import io.github.bitget4j.model.v3.UtaRiskReserveAll;
import io.github.bitget4j.model.v3.UtaRiskReserveAllRequest;
import io.github.bitget4j.model.v3.UtaRiskReserveRequest;
import io.github.bitget4j.model.v3.UtaRpiOrderBook;
import io.github.bitget4j.model.v3.UtaRpiSymbol;
import io.github.bitget4j.model.v3.UtaScoreWeight;
import io.github.bitget4j.model.v3.UtaScoreWeightsRequest;
import io.github.bitget4j.model.v3.UtaSpotFundFlow;
import io.github.bitget4j.model.v3.UtaSpotFundFlowRequest;
import io.github.bitget4j.model.v3.UtaSpotNetFlow;
import io.github.bitget4j.model.v3.UtaSpotWhaleFlow;
import io.github.bitget4j.model.v3.UtaSymbolRequest;
import java.util.List;
import java.util.stream.Stream;

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
     * @return Bitget's answer, its {@code data} read as {@code List&lt;Instrument&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
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
     * @return Bitget's answer, its {@code data} read as {@code List&lt;Ticker&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
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
     * @return Bitget's answer, its {@code data} read as {@code List&lt;Candle&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
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
     * @return Bitget's answer, its {@code data} read as {@code OrderBook}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderBook> getOrderBook(OrderBookRequest request) {
        return call(MarketEndpointsV3.GET_ORDER_BOOK, request);
    }

    /**
     * The most recent public trades of a category or symbol.
     *
     * <p>{@code GET /api/v3/market/fills}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaPublicFill&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaPublicFill>> getFills(UtaPublicFillsRequest request) {
        return call(MarketEndpointsV3.GET_FILLS, request);
    }

    /**
     * Older candlesticks of one symbol.
     *
     * <p>{@code GET /api/v3/market/history-candles}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;Candle&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<Candle>> getHistoryCandles(CandlesRequest request) {
        return call(MarketEndpointsV3.GET_HISTORY_CANDLES, request);
    }

    /**
     * The current funding rate of a perpetual contract.
     *
     * <p>{@code GET /api/v3/market/current-fund-rate}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaFundingRate&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaFundingRate>> getCurrentFundingRate(UtaCurrentFundingRateRequest request) {
        return call(MarketEndpointsV3.GET_CURRENT_FUNDING_RATE, request);
    }

    /**
     * Past funding rates of a perpetual contract.
     *
     * <p>{@code GET /api/v3/market/history-fund-rate}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaHistoryFundingRate&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaHistoryFundingRate>> getHistoryFundingRate(UtaHistoryFundingRateRequest request) {
        return call(MarketEndpointsV3.GET_HISTORY_FUNDING_RATE, request);
    }

    /**
     * Open interest of the contracts of a futures category.
     *
     * <p>{@code GET /api/v3/market/open-interest}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaOpenInterest}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaOpenInterest> getOpenInterest(UtaFuturesSymbolsRequest request) {
        return call(MarketEndpointsV3.GET_OPEN_INTEREST, request);
    }

    /**
     * Open interest limits of the contracts of a futures category.
     *
     * <p>{@code GET /api/v3/market/oi-limit}, public; rate limit 10 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaContractOiLimit&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaContractOiLimit>> getContractsOi(UtaFuturesSymbolsRequest request) {
        return call(MarketEndpointsV3.GET_CONTRACTS_OI, request);
    }

    /**
     * Position tiers (leverage and maintenance margin by size).
     *
     * <p>{@code GET /api/v3/market/position-tier}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaPositionTier&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaPositionTier>> getPositionTier(UtaPositionTierRequest request) {
        return call(MarketEndpointsV3.GET_POSITION_TIER, request);
    }

    /**
     * Recent balance changes of a contract's risk reserve fund.
     *
     * <p>{@code GET /api/v3/market/risk-reserve}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaRiskReserve}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaRiskReserve> getRiskReserve(UtaRiskReserveRequest request) {
        return call(MarketEndpointsV3.GET_RISK_RESERVE, request);
    }

    /**
     * Hourly balance records of a contract's risk reserve fund.
     *
     * <p>{@code GET /api/v3/market/risk-reserve-hour}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaRiskReserve}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaRiskReserve> getRiskReserveHour(UtaRiskReserveRequest request) {
        return call(MarketEndpointsV3.GET_RISK_RESERVE_HOUR, request);
    }

    /**
     * The risk reserve funds of every contract of a futures category.
     *
     * <p>{@code GET /api/v3/market/risk-reserve-all}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaRiskReserveAll}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaRiskReserveAll> getRiskReserveAll(UtaRiskReserveAllRequest request) {
        return call(MarketEndpointsV3.GET_RISK_RESERVE_ALL, request);
    }

    /**
     * Recent liquidation orders of a futures category, one page.
     *
     * <p>{@code GET /api/v3/market/liquidations}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaLiquidations}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaLiquidations> getLiquidations(UtaLiquidationsRequest request) {
        return call(MarketEndpointsV3.GET_LIQUIDATIONS, request);
    }

    /**
     * Every item of {@link #getLiquidations}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaLiquidation> streamLiquidations(UtaLiquidationsRequest request) {
        return Pages.byCursor(request, this::getLiquidations, page -> page.list(), page -> page.cursor(),
                (r, n) -> new UtaLiquidationsRequest(r.category(), r.symbol(), r.limit(), n, r.extraParams()));
    }

    /**
     * The exchanges and prices an index price is built from.
     *
     * <p>{@code GET /api/v3/market/index-components}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaIndexComponents}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaIndexComponents> getIndexComponents(UtaSymbolRequest request) {
        return call(MarketEndpointsV3.GET_INDEX_COMPONENTS, request);
    }

    /**
     * Collateral haircuts: how much of each coin counts as margin.
     *
     * <p>{@code GET /api/v3/market/discount-rate}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaDiscountRate&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaDiscountRate>> getDiscountRate() {
        return call(MarketEndpointsV3.GET_DISCOUNT_RATE, null);
    }

    /**
     * Borrowing interest and limits of one coin.
     *
     * <p>{@code GET /api/v3/market/margin-loans}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaMarginLoan}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaMarginLoan> getMarginLoans(UtaMarginLoansRequest request) {
        return call(MarketEndpointsV3.GET_MARGIN_LOANS, request);
    }

    /**
     * Bitget's proof of reserves per coin.
     *
     * <p>{@code GET /api/v3/market/proof-of-reserves}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaProofOfReserves}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaProofOfReserves> getProofOfReserves() {
        return call(MarketEndpointsV3.GET_PROOF_OF_RESERVES, null);
    }

    /**
     * Fee groups: which symbols share a maker fee schedule.
     *
     * <p>{@code GET /api/v3/market/fee-group}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaFeeGroupInfo&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaFeeGroupInfo>> getMarketFeeGroup(UtaFeeGroupRequest request) {
        return call(MarketEndpointsV3.GET_MARKET_FEE_GROUP, request);
    }

    /**
     * Market-maker score weights of symbols.
     *
     * <p>{@code GET /api/v3/market/score-weights}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaScoreWeight&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaScoreWeight>> getMarketScoreWeights(UtaScoreWeightsRequest request) {
        return call(MarketEndpointsV3.GET_MARKET_SCORE_WEIGHTS, request);
    }

    /**
     * Market-maker score weights of symbols.
     *
     * <p>{@code GET /api/v3/market/score-weights}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaScoreWeight&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaScoreWeight>> getMarketScoreWeights() {
        return getMarketScoreWeights(new UtaScoreWeightsRequest(null));
    }

    /**
     * Symbols that accept retail price improvement (RPI) orders.
     *
     * <p>{@code GET /api/v3/market/rpi-symbols}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaRpiSymbol&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaRpiSymbol>> getRpiSymbols() {
        return call(MarketEndpointsV3.GET_RPI_SYMBOLS, null);
    }

    /**
     * The order book of one symbol with RPI quantities shown apart.
     *
     * <p>{@code GET /api/v3/market/rpi-orderbook}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaRpiOrderBook}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaRpiOrderBook> getRpiOrderBook(OrderBookRequest request) {
        return call(MarketEndpointsV3.GET_RPI_ORDER_BOOK, request);
    }

    /**
     * Cash dividend records of a stock token.
     *
     * <p>{@code GET /api/v3/market/cash-dividend-records}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaCashDividendRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaCashDividendRecord>> getCashDividendRecords(UtaCashDividendRecordsRequest request) {
        return call(MarketEndpointsV3.GET_CASH_DIVIDEND_RECORDS, request);
    }

    /**
     * Daily net flow of large spot orders of a symbol.
     *
     * <p>{@code GET /api/v3/market/spot-whale-flow}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaSpotWhaleFlow&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaSpotWhaleFlow>> getSpotWhaleFlow(UtaSymbolRequest request) {
        return call(MarketEndpointsV3.GET_SPOT_WHALE_FLOW, request);
    }

    /**
     * Spot buy and sell volume of a symbol split by order size.
     *
     * <p>{@code GET /api/v3/market/spot-fund-flow}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaSpotFundFlow}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaSpotFundFlow> getSpotFundFlow(UtaSpotFundFlowRequest request) {
        return call(MarketEndpointsV3.GET_SPOT_FUND_FLOW, request);
    }

    /**
     * Spot net inflow series of a symbol.
     *
     * <p>{@code GET /api/v3/market/spot-net-flow}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaSpotNetFlow&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaSpotNetFlow>> getSpotNetFlow(UtaSymbolRequest request) {
        return call(MarketEndpointsV3.GET_SPOT_NET_FLOW, request);
    }

    /**
     * Margin long/short ratio series of a symbol.
     *
     * <p>{@code GET /api/v3/market/margin-long-short}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaMarginLongShort&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaMarginLongShort>> getMarginLongShort(UtaMarginDataRequest request) {
        return call(MarketEndpointsV3.GET_MARGIN_LONG_SHORT, request);
    }

    /**
     * Margin loan growth rate series of a symbol.
     *
     * <p>{@code GET /api/v3/market/margin-loan-growth}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaMarginLoanGrowth&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaMarginLoanGrowth>> getMarginLoanGrowth(UtaMarginDataRequest request) {
        return call(MarketEndpointsV3.GET_MARGIN_LOAN_GROWTH, request);
    }

    /**
     * Isolated margin base/quote borrowing ratio series.
     *
     * <p>{@code GET /api/v3/market/margin-isolated-borrow}, public; rate limit 1 request per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaMarginIsolatedBorrow&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaMarginIsolatedBorrow>> getMarginIsolatedBorrow(UtaMarginIsolatedBorrowRequest request) {
        return call(MarketEndpointsV3.GET_MARGIN_ISOLATED_BORROW, request);
    }

    /**
     * Taker buy and sell volume series of a contract.
     *
     * <p>{@code GET /api/v3/market/futures-active-buy-sell}, public; rate limit 1 request per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaFuturesActiveBuySell&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaFuturesActiveBuySell>> getFuturesActiveBuySell(UtaFuturesDataRequest request) {
        return call(MarketEndpointsV3.GET_FUTURES_ACTIVE_BUY_SELL, request);
    }

    /**
     * Long/short ratio series of a contract.
     *
     * <p>{@code GET /api/v3/market/futures-long-short}, public; rate limit 1 request per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaFuturesLongShort&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaFuturesLongShort>> getFuturesLongShort(UtaFuturesDataRequest request) {
        return call(MarketEndpointsV3.GET_FUTURES_LONG_SHORT, request);
    }

    /**
     * Top traders' position long/short series.
     *
     * <p>{@code GET /api/v3/market/futures-position-long-short}, public; rate limit 1 request per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaFuturesPositionLongShort&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaFuturesPositionLongShort>> getFuturesPositionLongShort(UtaFuturesDataRequest request) {
        return call(MarketEndpointsV3.GET_FUTURES_POSITION_LONG_SHORT, request);
    }

    /**
     * Top traders' account long/short series.
     *
     * <p>{@code GET /api/v3/market/futures-account-long-short}, public; rate limit 1 request per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaFuturesAccountLongShort&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaFuturesAccountLongShort>> getFuturesAccountLongShort(UtaFuturesDataRequest request) {
        return call(MarketEndpointsV3.GET_FUTURES_ACCOUNT_LONG_SHORT, request);
    }
}
