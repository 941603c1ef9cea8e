// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.futures.FuturesAccountRatio;
import io.github.bitget4j.model.v2.futures.FuturesBorrowRatio;
import io.github.bitget4j.model.v2.futures.FuturesCandle;
import io.github.bitget4j.model.v2.futures.FuturesContract;
import io.github.bitget4j.model.v2.futures.FuturesCurrentFundingRate;
import io.github.bitget4j.model.v2.futures.FuturesDiscountRates;
import io.github.bitget4j.model.v2.futures.FuturesExchangeRates;
import io.github.bitget4j.model.v2.futures.FuturesFundingTime;
import io.github.bitget4j.model.v2.futures.FuturesHistoricFundingRate;
import io.github.bitget4j.model.v2.futures.FuturesInterestRateHistory;
import io.github.bitget4j.model.v2.futures.FuturesLoanGrowth;
import io.github.bitget4j.model.v2.futures.FuturesLongShortRatio;
import io.github.bitget4j.model.v2.futures.FuturesMarginLongShortRatio;
import io.github.bitget4j.model.v2.futures.FuturesMergeDepth;
import io.github.bitget4j.model.v2.futures.FuturesOiLimit;
import io.github.bitget4j.model.v2.futures.FuturesOpenInterest;
import io.github.bitget4j.model.v2.futures.FuturesPositionRatio;
import io.github.bitget4j.model.v2.futures.FuturesPositionTier;
import io.github.bitget4j.model.v2.futures.FuturesSymbolPrice;
import io.github.bitget4j.model.v2.futures.FuturesTakerVolume;
import io.github.bitget4j.model.v2.futures.FuturesTicker;
import io.github.bitget4j.model.v2.futures.FuturesTrade;
import io.github.bitget4j.model.v2.futures.FuturesVipFeeRate;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.FuturesMarketApiV2}. */
public final class FuturesMarketEndpointsV2 {

    /** {@code GET /api/v2/mix/market/taker-buy-sell}. */
    public static final Endpoint<List<FuturesTakerVolume>> GET_FUTURES_ACTIVE_TAKER_BUY_SELL_VOLUME_DATA =
            Endpoint.getList("/api/v2/mix/market/taker-buy-sell", PUBLIC, FuturesTakerVolume.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period");

    /** {@code GET /api/v2/mix/market/position-long-short}. */
    public static final Endpoint<List<FuturesPositionRatio>> GET_FUTURES_ACTIVE_LONG_SHORT_POSITION_DATA =
            Endpoint.getList("/api/v2/mix/market/position-long-short", PUBLIC, FuturesPositionRatio.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period");

    /** {@code GET /api/v2/mix/market/long-short-ratio}. */
    public static final Endpoint<List<FuturesMarginLongShortRatio>> GET_FUTURES_LONG_SHORT_RATIO =
            Endpoint.getList("/api/v2/mix/market/long-short-ratio", PUBLIC, FuturesMarginLongShortRatio.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period", "coin");

    /** {@code GET /api/v2/mix/market/loan-growth}. */
    public static final Endpoint<List<FuturesLoanGrowth>> GET_MARGIN_LOAN_GROWTH_RATE =
            Endpoint.getList("/api/v2/mix/market/loan-growth", PUBLIC, FuturesLoanGrowth.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period", "coin");

    /** {@code GET /api/v2/mix/market/isolated-borrow-rate}. */
    public static final Endpoint<List<FuturesBorrowRatio>> GET_ISOLATED_MARGIN_BORROWING_RATIO =
            Endpoint.getList("/api/v2/mix/market/isolated-borrow-rate", PUBLIC, FuturesBorrowRatio.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period");

    /** {@code GET /api/v2/mix/market/long-short}. */
    public static final Endpoint<List<FuturesLongShortRatio>> GET_FUTURES_ACTIVE_BUY_SELL_VOLUME_DATA =
            Endpoint.getList("/api/v2/mix/market/long-short", PUBLIC, FuturesLongShortRatio.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period");

    /** {@code GET /api/v2/mix/market/account-long-short}. */
    public static final Endpoint<List<FuturesAccountRatio>> GET_FUTURES_ACTIVE_LONG_SHORT_ACCOUNT_DATA =
            Endpoint.getList("/api/v2/mix/market/account-long-short", PUBLIC, FuturesAccountRatio.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period");

    /** {@code GET /api/v2/mix/market/vip-fee-rate}. */
    public static final Endpoint<List<FuturesVipFeeRate>> GET_FUTURES_VIP_FEE_RATE =
            Endpoint.getList("/api/v2/mix/market/vip-fee-rate", PUBLIC, FuturesVipFeeRate.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters();

    /** {@code GET /api/v2/mix/market/union-interest-rate-history}. */
    public static final Endpoint<FuturesInterestRateHistory> GET_FUTURES_INTEREST_RATE_HISTORY =
            Endpoint.get("/api/v2/mix/market/union-interest-rate-history", PUBLIC, FuturesInterestRateHistory.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("coin");

    /** {@code GET /api/v2/mix/market/exchange-rate}. */
    public static final Endpoint<List<FuturesExchangeRates>> GET_FUTURES_INTEREST_EXCHANGE_RATE =
            Endpoint.getList("/api/v2/mix/market/exchange-rate", PUBLIC, FuturesExchangeRates.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters();

    /** {@code GET /api/v2/mix/market/discount-rate}. */
    public static final Endpoint<List<FuturesDiscountRates>> GET_FUTURES_DISCOUNT_RATE =
            Endpoint.getList("/api/v2/mix/market/discount-rate", PUBLIC, FuturesDiscountRates.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters();

    /** {@code GET /api/v2/mix/market/merge-depth}. */
    public static final Endpoint<FuturesMergeDepth> GET_FUTURES_MERGE_DEPTH =
            Endpoint.get("/api/v2/mix/market/merge-depth", PUBLIC, FuturesMergeDepth.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType", "precision", "limit");

    /** {@code GET /api/v2/mix/market/ticker}. */
    public static final Endpoint<List<FuturesTicker>> GET_FUTURES_TICKER =
            Endpoint.getList("/api/v2/mix/market/ticker", PUBLIC, FuturesTicker.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType");

    /** {@code GET /api/v2/mix/market/tickers}. */
    public static final Endpoint<List<FuturesTicker>> GET_FUTURES_ALL_TICKERS =
            Endpoint.getList("/api/v2/mix/market/tickers", PUBLIC, FuturesTicker.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("productType");

    /** {@code GET /api/v2/mix/market/fills}. */
    public static final Endpoint<List<FuturesTrade>> GET_FUTURES_RECENT_TRADES =
            Endpoint.getList("/api/v2/mix/market/fills", PUBLIC, FuturesTrade.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType", "limit");

    /** {@code GET /api/v2/mix/market/fills-history}. */
    public static final Endpoint<List<FuturesTrade>> GET_FUTURES_HISTORIC_TRADES =
            Endpoint.getList("/api/v2/mix/market/fills-history", PUBLIC, FuturesTrade.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType", "limit", "idLessThan", "startTime", "endTime");

    /** {@code GET /api/v2/mix/market/candles}. */
    public static final Endpoint<List<FuturesCandle>> GET_FUTURES_CANDLES =
            Endpoint.getList("/api/v2/mix/market/candles", PUBLIC, FuturesCandle.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType", "granularity", "startTime", "endTime", "kLineType", "limit");

    /** {@code GET /api/v2/mix/market/history-candles}. */
    public static final Endpoint<List<FuturesCandle>> GET_FUTURES_HISTORIC_CANDLES =
            Endpoint.getList("/api/v2/mix/market/history-candles", PUBLIC, FuturesCandle.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType", "granularity", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/mix/market/history-index-candles}. */
    public static final Endpoint<List<FuturesCandle>> GET_FUTURES_HISTORIC_INDEX_PRICE_CANDLES =
            Endpoint.getList("/api/v2/mix/market/history-index-candles", PUBLIC, FuturesCandle.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType", "granularity", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/mix/market/history-mark-candles}. */
    public static final Endpoint<List<FuturesCandle>> GET_FUTURES_HISTORIC_MARK_PRICE_CANDLES =
            Endpoint.getList("/api/v2/mix/market/history-mark-candles", PUBLIC, FuturesCandle.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType", "granularity", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/mix/market/open-interest}. */
    public static final Endpoint<FuturesOpenInterest> GET_FUTURES_OPEN_INTEREST =
            Endpoint.get("/api/v2/mix/market/open-interest", PUBLIC, FuturesOpenInterest.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType");

    /** {@code GET /api/v2/mix/market/funding-time}. */
    public static final Endpoint<List<FuturesFundingTime>> GET_FUTURES_NEXT_FUNDING_TIME =
            Endpoint.getList("/api/v2/mix/market/funding-time", PUBLIC, FuturesFundingTime.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType");

    /** {@code GET /api/v2/mix/market/symbol-price}. */
    public static final Endpoint<List<FuturesSymbolPrice>> GET_FUTURES_SYMBOL_PRICE =
            Endpoint.getList("/api/v2/mix/market/symbol-price", PUBLIC, FuturesSymbolPrice.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType");

    /** {@code GET /api/v2/mix/market/history-fund-rate}. */
    public static final Endpoint<List<FuturesHistoricFundingRate>> GET_FUTURES_HISTORIC_FUNDING_RATES =
            Endpoint.getList("/api/v2/mix/market/history-fund-rate", PUBLIC, FuturesHistoricFundingRate.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType", "pageSize", "pageNo");

    /** {@code GET /api/v2/mix/market/current-fund-rate}. */
    public static final Endpoint<List<FuturesCurrentFundingRate>> GET_FUTURES_CURRENT_FUNDING_RATE =
            Endpoint.getList("/api/v2/mix/market/current-fund-rate", PUBLIC, FuturesCurrentFundingRate.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType");

    /** {@code GET /api/v2/mix/market/contracts}. */
    public static final Endpoint<List<FuturesContract>> GET_FUTURES_CONTRACT_CONFIG =
            Endpoint.getList("/api/v2/mix/market/contracts", PUBLIC, FuturesContract.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType");

    /** {@code GET /api/v2/mix/market/oi-limit}. */
    public static final Endpoint<List<FuturesOiLimit>> GET_FUTURES_OI_LIMIT =
            Endpoint.getList("/api/v2/mix/market/oi-limit", PUBLIC, FuturesOiLimit.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType");

    /** {@code GET /api/v2/mix/market/query-position-lever}. */
    public static final Endpoint<List<FuturesPositionTier>> GET_FUTURES_POSITION_TIER =
            Endpoint.getList("/api/v2/mix/market/query-position-lever", PUBLIC, FuturesPositionTier.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "productType");

    private FuturesMarketEndpointsV2() {
    }
}
