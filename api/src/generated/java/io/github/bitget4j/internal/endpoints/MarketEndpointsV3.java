// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.Candle;
import io.github.bitget4j.model.v3.Instrument;
import io.github.bitget4j.model.v3.OrderBook;
import io.github.bitget4j.model.v3.Ticker;
import io.github.bitget4j.model.v3.UtaCashDividendRecord;
import io.github.bitget4j.model.v3.UtaContractOiLimit;
import io.github.bitget4j.model.v3.UtaDiscountRate;
import io.github.bitget4j.model.v3.UtaFeeGroupInfo;
import io.github.bitget4j.model.v3.UtaFundingRate;
import io.github.bitget4j.model.v3.UtaFuturesAccountLongShort;
import io.github.bitget4j.model.v3.UtaFuturesActiveBuySell;
import io.github.bitget4j.model.v3.UtaFuturesLongShort;
import io.github.bitget4j.model.v3.UtaFuturesPositionLongShort;
import io.github.bitget4j.model.v3.UtaHistoryFundingRate;
import io.github.bitget4j.model.v3.UtaIndexComponents;
import io.github.bitget4j.model.v3.UtaLiquidations;
import io.github.bitget4j.model.v3.UtaMarginIsolatedBorrow;
import io.github.bitget4j.model.v3.UtaMarginLoan;
import io.github.bitget4j.model.v3.UtaMarginLoanGrowth;
import io.github.bitget4j.model.v3.UtaMarginLongShort;
import io.github.bitget4j.model.v3.UtaOpenInterest;
import io.github.bitget4j.model.v3.UtaPositionTier;
import io.github.bitget4j.model.v3.UtaProofOfReserves;
import io.github.bitget4j.model.v3.UtaPublicFill;
import io.github.bitget4j.model.v3.UtaRiskReserve;
import io.github.bitget4j.model.v3.UtaRiskReserveAll;
import io.github.bitget4j.model.v3.UtaRpiOrderBook;
import io.github.bitget4j.model.v3.UtaRpiSymbol;
import io.github.bitget4j.model.v3.UtaScoreWeight;
import io.github.bitget4j.model.v3.UtaSpotFundFlow;
import io.github.bitget4j.model.v3.UtaSpotNetFlow;
import io.github.bitget4j.model.v3.UtaSpotWhaleFlow;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.MarketApiV3}. */
public final class MarketEndpointsV3 {

    /** {@code GET /api/v3/market/instruments}. */
    public static final Endpoint<List<Instrument>> GET_INSTRUMENTS =
            Endpoint.getList("/api/v3/market/instruments", PUBLIC, Instrument.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "symbol");

    /** {@code GET /api/v3/market/tickers}. */
    public static final Endpoint<List<Ticker>> GET_TICKERS =
            Endpoint.getList("/api/v3/market/tickers", PUBLIC, Ticker.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "symbol");

    /** {@code GET /api/v3/market/candles}. */
    public static final Endpoint<List<Candle>> GET_CANDLES =
            Endpoint.getList("/api/v3/market/candles", PUBLIC, Candle.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "symbol", "interval", "startTime", "endTime", "type", "limit");

    /** {@code GET /api/v3/market/orderbook}. */
    public static final Endpoint<OrderBook> GET_ORDER_BOOK =
            Endpoint.get("/api/v3/market/orderbook", PUBLIC, OrderBook.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "symbol", "limit");

    /** {@code GET /api/v3/market/fills}. */
    public static final Endpoint<List<UtaPublicFill>> GET_FILLS =
            Endpoint.getList("/api/v3/market/fills", PUBLIC, UtaPublicFill.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "symbol", "limit");

    /** {@code GET /api/v3/market/history-candles}. */
    public static final Endpoint<List<Candle>> GET_HISTORY_CANDLES =
            Endpoint.getList("/api/v3/market/history-candles", PUBLIC, Candle.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "symbol", "interval", "startTime", "endTime", "type", "limit");

    /** {@code GET /api/v3/market/current-fund-rate}. */
    public static final Endpoint<List<UtaFundingRate>> GET_CURRENT_FUNDING_RATE =
            Endpoint.getList("/api/v3/market/current-fund-rate", PUBLIC, UtaFundingRate.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "category");

    /** {@code GET /api/v3/market/history-fund-rate}. */
    public static final Endpoint<List<UtaHistoryFundingRate>> GET_HISTORY_FUNDING_RATE =
            Endpoint.getList("/api/v3/market/history-fund-rate", PUBLIC, UtaHistoryFundingRate.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "symbol", "cursor", "limit");

    /** {@code GET /api/v3/market/open-interest}. */
    public static final Endpoint<UtaOpenInterest> GET_OPEN_INTEREST =
            Endpoint.get("/api/v3/market/open-interest", PUBLIC, UtaOpenInterest.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "symbol");

    /** {@code GET /api/v3/market/oi-limit}. */
    public static final Endpoint<List<UtaContractOiLimit>> GET_CONTRACTS_OI =
            Endpoint.getList("/api/v3/market/oi-limit", PUBLIC, UtaContractOiLimit.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "symbol");

    /** {@code GET /api/v3/market/position-tier}. */
    public static final Endpoint<List<UtaPositionTier>> GET_POSITION_TIER =
            Endpoint.getList("/api/v3/market/position-tier", PUBLIC, UtaPositionTier.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "symbol", "coin");

    /** {@code GET /api/v3/market/risk-reserve}. */
    public static final Endpoint<UtaRiskReserve> GET_RISK_RESERVE =
            Endpoint.get("/api/v3/market/risk-reserve", PUBLIC, UtaRiskReserve.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "symbol", "marginCoin");

    /** {@code GET /api/v3/market/risk-reserve-hour}. */
    public static final Endpoint<UtaRiskReserve> GET_RISK_RESERVE_HOUR =
            Endpoint.get("/api/v3/market/risk-reserve-hour", PUBLIC, UtaRiskReserve.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "symbol", "marginCoin");

    /** {@code GET /api/v3/market/risk-reserve-all}. */
    public static final Endpoint<UtaRiskReserveAll> GET_RISK_RESERVE_ALL =
            Endpoint.get("/api/v3/market/risk-reserve-all", PUBLIC, UtaRiskReserveAll.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category");

    /** {@code GET /api/v3/market/liquidations}. */
    public static final Endpoint<UtaLiquidations> GET_LIQUIDATIONS =
            Endpoint.get("/api/v3/market/liquidations", PUBLIC, UtaLiquidations.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "symbol", "limit", "cursor");

    /** {@code GET /api/v3/market/index-components}. */
    public static final Endpoint<UtaIndexComponents> GET_INDEX_COMPONENTS =
            Endpoint.get("/api/v3/market/index-components", PUBLIC, UtaIndexComponents.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    /** {@code GET /api/v3/market/discount-rate}. */
    public static final Endpoint<List<UtaDiscountRate>> GET_DISCOUNT_RATE =
            Endpoint.getList("/api/v3/market/discount-rate", PUBLIC, UtaDiscountRate.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters();

    /** {@code GET /api/v3/market/margin-loans}. */
    public static final Endpoint<UtaMarginLoan> GET_MARGIN_LOANS =
            Endpoint.get("/api/v3/market/margin-loans", PUBLIC, UtaMarginLoan.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("coin");

    /** {@code GET /api/v3/market/proof-of-reserves}. */
    public static final Endpoint<UtaProofOfReserves> GET_PROOF_OF_RESERVES =
            Endpoint.get("/api/v3/market/proof-of-reserves", PUBLIC, UtaProofOfReserves.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters();

    /** {@code GET /api/v3/market/fee-group}. */
    public static final Endpoint<List<UtaFeeGroupInfo>> GET_MARKET_FEE_GROUP =
            Endpoint.getList("/api/v3/market/fee-group", PUBLIC, UtaFeeGroupInfo.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "group");

    /** {@code GET /api/v3/market/score-weights}. */
    public static final Endpoint<List<UtaScoreWeight>> GET_MARKET_SCORE_WEIGHTS =
            Endpoint.getList("/api/v3/market/score-weights", PUBLIC, UtaScoreWeight.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category");

    /** {@code GET /api/v3/market/rpi-symbols}. */
    public static final Endpoint<List<UtaRpiSymbol>> GET_RPI_SYMBOLS =
            Endpoint.getList("/api/v3/market/rpi-symbols", PUBLIC, UtaRpiSymbol.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters();

    /** {@code GET /api/v3/market/rpi-orderbook}. */
    public static final Endpoint<UtaRpiOrderBook> GET_RPI_ORDER_BOOK =
            Endpoint.get("/api/v3/market/rpi-orderbook", PUBLIC, UtaRpiOrderBook.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("category", "symbol", "limit");

    /** {@code GET /api/v3/market/cash-dividend-records}. */
    public static final Endpoint<List<UtaCashDividendRecord>> GET_CASH_DIVIDEND_RECORDS =
            Endpoint.getList("/api/v3/market/cash-dividend-records", PUBLIC, UtaCashDividendRecord.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "type", "cursor", "limit");

    /** {@code GET /api/v3/market/spot-whale-flow}. */
    public static final Endpoint<List<UtaSpotWhaleFlow>> GET_SPOT_WHALE_FLOW =
            Endpoint.getList("/api/v3/market/spot-whale-flow", PUBLIC, UtaSpotWhaleFlow.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    /** {@code GET /api/v3/market/spot-fund-flow}. */
    public static final Endpoint<UtaSpotFundFlow> GET_SPOT_FUND_FLOW =
            Endpoint.get("/api/v3/market/spot-fund-flow", PUBLIC, UtaSpotFundFlow.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period");

    /** {@code GET /api/v3/market/spot-net-flow}. */
    public static final Endpoint<List<UtaSpotNetFlow>> GET_SPOT_NET_FLOW =
            Endpoint.getList("/api/v3/market/spot-net-flow", PUBLIC, UtaSpotNetFlow.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    /** {@code GET /api/v3/market/margin-long-short}. */
    public static final Endpoint<List<UtaMarginLongShort>> GET_MARGIN_LONG_SHORT =
            Endpoint.getList("/api/v3/market/margin-long-short", PUBLIC, UtaMarginLongShort.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period", "coin");

    /** {@code GET /api/v3/market/margin-loan-growth}. */
    public static final Endpoint<List<UtaMarginLoanGrowth>> GET_MARGIN_LOAN_GROWTH =
            Endpoint.getList("/api/v3/market/margin-loan-growth", PUBLIC, UtaMarginLoanGrowth.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period", "coin");

    /** {@code GET /api/v3/market/margin-isolated-borrow}. */
    public static final Endpoint<List<UtaMarginIsolatedBorrow>> GET_MARGIN_ISOLATED_BORROW =
            Endpoint.getList("/api/v3/market/margin-isolated-borrow", PUBLIC, UtaMarginIsolatedBorrow.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period");

    /** {@code GET /api/v3/market/futures-active-buy-sell}. */
    public static final Endpoint<List<UtaFuturesActiveBuySell>> GET_FUTURES_ACTIVE_BUY_SELL =
            Endpoint.getList("/api/v3/market/futures-active-buy-sell", PUBLIC, UtaFuturesActiveBuySell.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period");

    /** {@code GET /api/v3/market/futures-long-short}. */
    public static final Endpoint<List<UtaFuturesLongShort>> GET_FUTURES_LONG_SHORT =
            Endpoint.getList("/api/v3/market/futures-long-short", PUBLIC, UtaFuturesLongShort.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period");

    /** {@code GET /api/v3/market/futures-position-long-short}. */
    public static final Endpoint<List<UtaFuturesPositionLongShort>> GET_FUTURES_POSITION_LONG_SHORT =
            Endpoint.getList("/api/v3/market/futures-position-long-short", PUBLIC, UtaFuturesPositionLongShort.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period");

    /** {@code GET /api/v3/market/futures-account-long-short}. */
    public static final Endpoint<List<UtaFuturesAccountLongShort>> GET_FUTURES_ACCOUNT_LONG_SHORT =
            Endpoint.getList("/api/v3/market/futures-account-long-short", PUBLIC, UtaFuturesAccountLongShort.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period");

    private MarketEndpointsV3() {
    }
}
