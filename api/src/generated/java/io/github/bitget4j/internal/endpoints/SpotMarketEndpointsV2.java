// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.SpotCallAuction;
import io.github.bitget4j.model.v2.SpotCandle;
import io.github.bitget4j.model.v2.SpotCoinInfo;
import io.github.bitget4j.model.v2.SpotFundFlow;
import io.github.bitget4j.model.v2.SpotFundNetFlow;
import io.github.bitget4j.model.v2.SpotMergeDepth;
import io.github.bitget4j.model.v2.SpotOrderBook;
import io.github.bitget4j.model.v2.SpotSupportSymbols;
import io.github.bitget4j.model.v2.SpotSymbol;
import io.github.bitget4j.model.v2.SpotTicker;
import io.github.bitget4j.model.v2.SpotTrade;
import io.github.bitget4j.model.v2.SpotVipFeeRate;
import io.github.bitget4j.model.v2.SpotWhaleNetFlow;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.SpotMarketApiV2}. */
public final class SpotMarketEndpointsV2 {

    /** {@code GET /api/v2/spot/market/tickers}. */
    public static final Endpoint<List<SpotTicker>> GET_SPOT_TICKER =
            Endpoint.getList("/api/v2/spot/market/tickers", OPTIONAL, SpotTicker.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    /** {@code GET /api/v2/spot/market/candles}. */
    public static final Endpoint<List<SpotCandle>> GET_SPOT_CANDLES =
            Endpoint.getList("/api/v2/spot/market/candles", OPTIONAL, SpotCandle.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "granularity", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/spot/market/orderbook}. */
    public static final Endpoint<SpotOrderBook> GET_SPOT_ORDER_BOOK_DEPTH =
            Endpoint.get("/api/v2/spot/market/orderbook", OPTIONAL, SpotOrderBook.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "type", "limit");

    /** {@code GET /api/v2/spot/public/coins}. */
    public static final Endpoint<List<SpotCoinInfo>> GET_SPOT_COIN_INFO =
            Endpoint.getList("/api/v2/spot/public/coins", OPTIONAL, SpotCoinInfo.class)
                    .withRateLimit(3, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("coin");

    /** {@code GET /api/v2/spot/public/symbols}. */
    public static final Endpoint<List<SpotSymbol>> GET_SPOT_SYMBOL_INFO =
            Endpoint.getList("/api/v2/spot/public/symbols", OPTIONAL, SpotSymbol.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    /** {@code GET /api/v2/spot/market/vip-fee-rate}. */
    public static final Endpoint<List<SpotVipFeeRate>> GET_SPOT_VIP_FEE_RATE =
            Endpoint.getList("/api/v2/spot/market/vip-fee-rate", OPTIONAL, SpotVipFeeRate.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters();

    /** {@code GET /api/v2/spot/market/merge-depth}. */
    public static final Endpoint<SpotMergeDepth> GET_SPOT_MERGE_DEPTH =
            Endpoint.get("/api/v2/spot/market/merge-depth", OPTIONAL, SpotMergeDepth.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "precision", "limit");

    /** {@code GET /api/v2/spot/market/history-candles}. */
    public static final Endpoint<List<SpotCandle>> GET_SPOT_HISTORIC_CANDLES =
            Endpoint.getList("/api/v2/spot/market/history-candles", OPTIONAL, SpotCandle.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "granularity", "endTime", "limit");

    /** {@code GET /api/v2/spot/market/fills}. */
    public static final Endpoint<List<SpotTrade>> GET_SPOT_RECENT_TRADES =
            Endpoint.getList("/api/v2/spot/market/fills", OPTIONAL, SpotTrade.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "limit");

    /** {@code GET /api/v2/spot/market/fills-history}. */
    public static final Endpoint<List<SpotTrade>> GET_SPOT_HISTORIC_TRADES =
            Endpoint.getList("/api/v2/spot/market/fills-history", OPTIONAL, SpotTrade.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "limit", "idLessThan", "startTime", "endTime");

    /** {@code GET /api/v2/spot/market/auction}. */
    public static final Endpoint<SpotCallAuction> GET_SPOT_CALL_AUCTION =
            Endpoint.get("/api/v2/spot/market/auction", PUBLIC, SpotCallAuction.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    /** {@code GET /api/v2/spot/market/fund-flow}. */
    public static final Endpoint<SpotFundFlow> GET_SPOT_FUND_FLOW =
            Endpoint.get("/api/v2/spot/market/fund-flow", PUBLIC, SpotFundFlow.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period");

    /** {@code GET /api/v2/spot/market/support-symbols}. */
    public static final Endpoint<SpotSupportSymbols> GET_TRADE_DATA_SUPPORT_SYMBOLS =
            Endpoint.get("/api/v2/spot/market/support-symbols", PUBLIC, SpotSupportSymbols.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters();

    /** {@code GET /api/v2/spot/market/fund-net-flow}. */
    public static final Endpoint<List<SpotFundNetFlow>> GET_SPOT_FUND_NET_FLOW_DATA =
            Endpoint.getList("/api/v2/spot/market/fund-net-flow", PUBLIC, SpotFundNetFlow.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    /** {@code GET /api/v2/spot/market/whale-net-flow}. */
    public static final Endpoint<List<SpotWhaleNetFlow>> GET_SPOT_WHALE_NET_FLOW_DATA =
            Endpoint.getList("/api/v2/spot/market/whale-net-flow", OPTIONAL, SpotWhaleNetFlow.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    private SpotMarketEndpointsV2() {
    }
}
