// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.UtaStockPlusAccounts;
import io.github.bitget4j.model.v3.UtaStockPlusCandles;
import io.github.bitget4j.model.v3.UtaStockPlusCashFlows;
import io.github.bitget4j.model.v3.UtaStockPlusDepth;
import io.github.bitget4j.model.v3.UtaStockPlusExecutions;
import io.github.bitget4j.model.v3.UtaStockPlusHistoryExecutions;
import io.github.bitget4j.model.v3.UtaStockPlusHistoryOrders;
import io.github.bitget4j.model.v3.UtaStockPlusIntraday;
import io.github.bitget4j.model.v3.UtaStockPlusOptionChain;
import io.github.bitget4j.model.v3.UtaStockPlusOptionExpiries;
import io.github.bitget4j.model.v3.UtaStockPlusOptionQuotes;
import io.github.bitget4j.model.v3.UtaStockPlusOptionVolume;
import io.github.bitget4j.model.v3.UtaStockPlusOrderAck;
import io.github.bitget4j.model.v3.UtaStockPlusOrderDetail;
import io.github.bitget4j.model.v3.UtaStockPlusOrders;
import io.github.bitget4j.model.v3.UtaStockPlusPositions;
import io.github.bitget4j.model.v3.UtaStockPlusQuotes;
import io.github.bitget4j.model.v3.UtaStockPlusStaticInfos;
import io.github.bitget4j.model.v3.UtaStockPlusTrade;
import io.github.bitget4j.model.v3.UtaStockPlusTransferRecord;
import io.github.bitget4j.model.v3.UtaStockPlusTransferResult;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.StockPlusApiV3}. */
public final class StockPlusEndpointsV3 {

    /** {@code POST /api/v3/stockplus/trade/place-order}. */
    public static final Endpoint<UtaStockPlusOrderAck> PLACE_STOCK_PLUS_ORDER =
            Endpoint.post("/api/v3/stockplus/trade/place-order", PRIVATE, UtaStockPlusOrderAck.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "orderType", "side", "submittedQuantity", "timeInForce", "submittedPrice", "triggerPrice", "limitOffset", "trailingAmount", "trailingPercent", "expireDate", "outsideRth", "limitDepthLevel", "triggerCount", "monitorPrice", "remark");

    /** {@code POST /api/v3/stockplus/trade/cancel-order}. */
    public static final Endpoint<UtaStockPlusOrderAck> CANCEL_STOCK_PLUS_ORDER =
            Endpoint.post("/api/v3/stockplus/trade/cancel-order", PRIVATE, UtaStockPlusOrderAck.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "orderId", "clientOid");

    /** {@code POST /api/v3/stockplus/trade/modify-order}. */
    public static final Endpoint<UtaStockPlusOrderAck> MODIFY_STOCK_PLUS_ORDER =
            Endpoint.post("/api/v3/stockplus/trade/modify-order", PRIVATE, UtaStockPlusOrderAck.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "quantity", "price", "triggerPrice", "limitOffset", "trailingAmount", "trailingPercent", "limitDepthLevel", "triggerCount", "monitorPrice", "remark");

    /** {@code GET /api/v3/stockplus/trade/order-detail}. */
    public static final Endpoint<UtaStockPlusOrderDetail> GET_STOCK_PLUS_ORDER_DETAIL =
            Endpoint.get("/api/v3/stockplus/trade/order-detail", PRIVATE, UtaStockPlusOrderDetail.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId");

    /** {@code GET /api/v3/stockplus/trade/today-orders}. */
    public static final Endpoint<UtaStockPlusOrders> GET_STOCK_PLUS_TODAY_ORDERS =
            Endpoint.get("/api/v3/stockplus/trade/today-orders", PRIVATE, UtaStockPlusOrders.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "status", "side", "market", "orderId");

    /** {@code GET /api/v3/stockplus/trade/history-orders}. */
    public static final Endpoint<UtaStockPlusHistoryOrders> GET_STOCK_PLUS_HISTORY_ORDERS =
            Endpoint.get("/api/v3/stockplus/trade/history-orders", PRIVATE, UtaStockPlusHistoryOrders.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "status", "side", "market", "startAt", "endAt");

    /** {@code GET /api/v3/stockplus/trade/today-executions}. */
    public static final Endpoint<UtaStockPlusExecutions> GET_STOCK_PLUS_TODAY_EXECUTIONS =
            Endpoint.get("/api/v3/stockplus/trade/today-executions", PRIVATE, UtaStockPlusExecutions.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "orderId");

    /** {@code GET /api/v3/stockplus/trade/history-executions}. */
    public static final Endpoint<UtaStockPlusHistoryExecutions> GET_STOCK_PLUS_HISTORY_EXECUTIONS =
            Endpoint.get("/api/v3/stockplus/trade/history-executions", PRIVATE, UtaStockPlusHistoryExecutions.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "startAt", "endAt");

    /** {@code POST /api/v3/stockplus/asset/transfer}. */
    public static final Endpoint<UtaStockPlusTransferResult> STOCK_PLUS_TRANSFER =
            Endpoint.post("/api/v3/stockplus/asset/transfer", PRIVATE, UtaStockPlusTransferResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "amount", "direction");

    /** {@code GET /api/v3/stockplus/asset/transfer-records}. */
    public static final Endpoint<UtaStockPlusTransferRecord> GET_STOCK_PLUS_TRANSFER_RECORDS =
            Endpoint.get("/api/v3/stockplus/asset/transfer-records", PRIVATE, UtaStockPlusTransferRecord.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("transferId", "startTime", "endTime", "limit", "cursor");

    /** {@code GET /api/v3/stockplus/asset/account}. */
    public static final Endpoint<UtaStockPlusAccounts> GET_STOCK_PLUS_ACCOUNT =
            Endpoint.get("/api/v3/stockplus/asset/account", PRIVATE, UtaStockPlusAccounts.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("currency");

    /** {@code GET /api/v3/stockplus/asset/cash-flow}. */
    public static final Endpoint<UtaStockPlusCashFlows> GET_STOCK_PLUS_CASH_FLOW =
            Endpoint.get("/api/v3/stockplus/asset/cash-flow", PRIVATE, UtaStockPlusCashFlows.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "businessType", "symbol", "page", "size");

    /** {@code GET /api/v3/stockplus/asset/stock-position}. */
    public static final Endpoint<UtaStockPlusPositions> GET_STOCK_PLUS_STOCK_POSITION =
            Endpoint.get("/api/v3/stockplus/asset/stock-position", PRIVATE, UtaStockPlusPositions.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol");

    /** {@code GET /api/v3/stockplus/market/quote}. */
    public static final Endpoint<UtaStockPlusQuotes> GET_STOCK_PLUS_QUOTE =
            Endpoint.get("/api/v3/stockplus/market/quote", OPTIONAL, UtaStockPlusQuotes.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    /** {@code GET /api/v3/stockplus/market/depth}. */
    public static final Endpoint<UtaStockPlusDepth> GET_STOCK_PLUS_DEPTH =
            Endpoint.get("/api/v3/stockplus/market/depth", OPTIONAL, UtaStockPlusDepth.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    /** {@code GET /api/v3/stockplus/market/candlestick}. */
    public static final Endpoint<UtaStockPlusCandles> GET_STOCK_PLUS_CANDLESTICK =
            Endpoint.get("/api/v3/stockplus/market/candlestick", OPTIONAL, UtaStockPlusCandles.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period", "count", "adjustType", "tradeSessions");

    /** {@code GET /api/v3/stockplus/market/history-candlestick}. */
    public static final Endpoint<UtaStockPlusCandles> GET_STOCK_PLUS_HISTORY_CANDLESTICK =
            Endpoint.get("/api/v3/stockplus/market/history-candlestick", OPTIONAL, UtaStockPlusCandles.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "period", "count", "adjustType", "forward", "time", "tradeSessions");

    /** {@code GET /api/v3/stockplus/market/intraday}. */
    public static final Endpoint<UtaStockPlusIntraday> GET_STOCK_PLUS_INTRADAY =
            Endpoint.get("/api/v3/stockplus/market/intraday", OPTIONAL, UtaStockPlusIntraday.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    /** {@code GET /api/v3/stockplus/market/trade}. */
    public static final Endpoint<List<UtaStockPlusTrade>> GET_STOCK_PLUS_TRADE_DETAIL =
            Endpoint.getList("/api/v3/stockplus/market/trade", OPTIONAL, UtaStockPlusTrade.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "count");

    /** {@code GET /api/v3/stockplus/market/static}. */
    public static final Endpoint<UtaStockPlusStaticInfos> GET_STOCK_PLUS_STATIC_INFO =
            Endpoint.get("/api/v3/stockplus/market/static", OPTIONAL, UtaStockPlusStaticInfos.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    /** {@code GET /api/v3/stockplus/market/option-quote}. */
    public static final Endpoint<UtaStockPlusOptionQuotes> GET_STOCK_PLUS_OPTION_QUOTE =
            Endpoint.get("/api/v3/stockplus/market/option-quote", OPTIONAL, UtaStockPlusOptionQuotes.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    /** {@code GET /api/v3/stockplus/market/option-chain-info}. */
    public static final Endpoint<UtaStockPlusOptionChain> GET_STOCK_PLUS_OPTION_CHAIN_INFO =
            Endpoint.get("/api/v3/stockplus/market/option-chain-info", OPTIONAL, UtaStockPlusOptionChain.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol", "expiryDate");

    /** {@code GET /api/v3/stockplus/market/option-expiry-date}. */
    public static final Endpoint<UtaStockPlusOptionExpiries> GET_STOCK_PLUS_OPTION_EXPIRY_DATE =
            Endpoint.get("/api/v3/stockplus/market/option-expiry-date", OPTIONAL, UtaStockPlusOptionExpiries.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    /** {@code GET /api/v3/stockplus/market/option-volume}. */
    public static final Endpoint<UtaStockPlusOptionVolume> GET_STOCK_PLUS_OPTION_VOLUME =
            Endpoint.get("/api/v3/stockplus/market/option-volume", OPTIONAL, UtaStockPlusOptionVolume.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("symbol");

    private StockPlusEndpointsV3() {
    }
}
