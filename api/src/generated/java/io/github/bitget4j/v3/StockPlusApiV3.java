// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.StockPlusEndpointsV3;
import io.github.bitget4j.model.v3.UtaStockPlusAccountRequest;
import io.github.bitget4j.model.v3.UtaStockPlusAccounts;
import io.github.bitget4j.model.v3.UtaStockPlusCancelOrderRequest;
import io.github.bitget4j.model.v3.UtaStockPlusCandles;
import io.github.bitget4j.model.v3.UtaStockPlusCandlesRequest;
import io.github.bitget4j.model.v3.UtaStockPlusCashFlowRequest;
import io.github.bitget4j.model.v3.UtaStockPlusCashFlows;
import io.github.bitget4j.model.v3.UtaStockPlusDepth;
import io.github.bitget4j.model.v3.UtaStockPlusExecutions;
import io.github.bitget4j.model.v3.UtaStockPlusHistoryCandlesRequest;
import io.github.bitget4j.model.v3.UtaStockPlusHistoryExecutions;
import io.github.bitget4j.model.v3.UtaStockPlusHistoryExecutionsRequest;
import io.github.bitget4j.model.v3.UtaStockPlusHistoryOrders;
import io.github.bitget4j.model.v3.UtaStockPlusHistoryOrdersRequest;
import io.github.bitget4j.model.v3.UtaStockPlusIntraday;
import io.github.bitget4j.model.v3.UtaStockPlusModifyOrderRequest;
import io.github.bitget4j.model.v3.UtaStockPlusOptionChain;
import io.github.bitget4j.model.v3.UtaStockPlusOptionChainRequest;
import io.github.bitget4j.model.v3.UtaStockPlusOptionExpiries;
import io.github.bitget4j.model.v3.UtaStockPlusOptionQuotes;
import io.github.bitget4j.model.v3.UtaStockPlusOptionVolume;
import io.github.bitget4j.model.v3.UtaStockPlusOrderAck;
import io.github.bitget4j.model.v3.UtaStockPlusOrderDetail;
import io.github.bitget4j.model.v3.UtaStockPlusOrderIdRequest;
import io.github.bitget4j.model.v3.UtaStockPlusOrders;
import io.github.bitget4j.model.v3.UtaStockPlusPlaceOrderRequest;
import io.github.bitget4j.model.v3.UtaStockPlusPositionRequest;
import io.github.bitget4j.model.v3.UtaStockPlusPositions;
import io.github.bitget4j.model.v3.UtaStockPlusQuotes;
import io.github.bitget4j.model.v3.UtaStockPlusStaticInfos;
import io.github.bitget4j.model.v3.UtaStockPlusSymbolRequest;
import io.github.bitget4j.model.v3.UtaStockPlusTodayExecutionsRequest;
import io.github.bitget4j.model.v3.UtaStockPlusTodayOrdersRequest;
import io.github.bitget4j.model.v3.UtaStockPlusTrade;
import io.github.bitget4j.model.v3.UtaStockPlusTradesRequest;
import io.github.bitget4j.model.v3.UtaStockPlusTransferRecord;
import io.github.bitget4j.model.v3.UtaStockPlusTransferRecordsRequest;
import io.github.bitget4j.model.v3.UtaStockPlusTransferRequest;
import io.github.bitget4j.model.v3.UtaStockPlusTransferResult;
import java.util.List;

/**
 * Stock+ (V3): US stock and option quotes, stock orders, executions and the Stock+ account. Market data works without credentials; trading and assets need them.
 */
public interface StockPlusApiV3 extends EndpointCaller {

    /**
     * Places one Stock+ order.
     *
     * <p>{@code POST /api/v3/stockplus/trade/place-order}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusOrderAck}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusOrderAck> placeStockPlusOrder(UtaStockPlusPlaceOrderRequest request) {
        return call(StockPlusEndpointsV3.PLACE_STOCK_PLUS_ORDER, request);
    }

    /**
     * Cancels one Stock+ order.
     *
     * <p>{@code POST /api/v3/stockplus/trade/cancel-order}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusOrderAck}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusOrderAck> cancelStockPlusOrder(UtaStockPlusCancelOrderRequest request) {
        return call(StockPlusEndpointsV3.CANCEL_STOCK_PLUS_ORDER, request);
    }

    /**
     * Changes an open Stock+ order.
     *
     * <p>{@code POST /api/v3/stockplus/trade/modify-order}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusOrderAck}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusOrderAck> modifyStockPlusOrder(UtaStockPlusModifyOrderRequest request) {
        return call(StockPlusEndpointsV3.MODIFY_STOCK_PLUS_ORDER, request);
    }

    /**
     * One Stock+ order with its history and charges.
     *
     * <p>{@code GET /api/v3/stockplus/trade/order-detail}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusOrderDetail}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusOrderDetail> getStockPlusOrderDetail(UtaStockPlusOrderIdRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_ORDER_DETAIL, request);
    }

    /**
     * Today's Stock+ orders.
     *
     * <p>{@code GET /api/v3/stockplus/trade/today-orders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusOrders> getStockPlusTodayOrders(UtaStockPlusTodayOrdersRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_TODAY_ORDERS, request);
    }

    /**
     * Today's Stock+ orders.
     *
     * <p>{@code GET /api/v3/stockplus/trade/today-orders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusOrders> getStockPlusTodayOrders() {
        return getStockPlusTodayOrders(new UtaStockPlusTodayOrdersRequest(null, null, null, null, null));
    }

    /**
     * Past Stock+ orders.
     *
     * <p>{@code GET /api/v3/stockplus/trade/history-orders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusHistoryOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusHistoryOrders> getStockPlusHistoryOrders(UtaStockPlusHistoryOrdersRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_HISTORY_ORDERS, request);
    }

    /**
     * Past Stock+ orders.
     *
     * <p>{@code GET /api/v3/stockplus/trade/history-orders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusHistoryOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusHistoryOrders> getStockPlusHistoryOrders() {
        return getStockPlusHistoryOrders(new UtaStockPlusHistoryOrdersRequest(null, null, null, null, null, null));
    }

    /**
     * Today's Stock+ fills.
     *
     * <p>{@code GET /api/v3/stockplus/trade/today-executions}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusExecutions}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusExecutions> getStockPlusTodayExecutions(UtaStockPlusTodayExecutionsRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_TODAY_EXECUTIONS, request);
    }

    /**
     * Today's Stock+ fills.
     *
     * <p>{@code GET /api/v3/stockplus/trade/today-executions}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusExecutions}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusExecutions> getStockPlusTodayExecutions() {
        return getStockPlusTodayExecutions(new UtaStockPlusTodayExecutionsRequest(null, null));
    }

    /**
     * Past Stock+ fills.
     *
     * <p>{@code GET /api/v3/stockplus/trade/history-executions}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusHistoryExecutions}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusHistoryExecutions> getStockPlusHistoryExecutions(UtaStockPlusHistoryExecutionsRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_HISTORY_EXECUTIONS, request);
    }

    /**
     * Past Stock+ fills.
     *
     * <p>{@code GET /api/v3/stockplus/trade/history-executions}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusHistoryExecutions}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusHistoryExecutions> getStockPlusHistoryExecutions() {
        return getStockPlusHistoryExecutions(new UtaStockPlusHistoryExecutionsRequest(null, null, null));
    }

    /**
     * Moves funds between the unified account and Stock+.
     *
     * <p>{@code POST /api/v3/stockplus/asset/transfer}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusTransferResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusTransferResult> stockPlusTransfer(UtaStockPlusTransferRequest request) {
        return call(StockPlusEndpointsV3.STOCK_PLUS_TRANSFER, request);
    }

    /**
     * Transfers to and from Stock+, one page.
     *
     * <p>{@code GET /api/v3/stockplus/asset/transfer-records}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusTransferRecord}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusTransferRecord> getStockPlusTransferRecords(UtaStockPlusTransferRecordsRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_TRANSFER_RECORDS, request);
    }

    /**
     * Transfers to and from Stock+, one page.
     *
     * <p>{@code GET /api/v3/stockplus/asset/transfer-records}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusTransferRecord}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusTransferRecord> getStockPlusTransferRecords() {
        return getStockPlusTransferRecords(new UtaStockPlusTransferRecordsRequest(null, null, null, null, null));
    }

    /**
     * The Stock+ account: cash, buying power, margin, risk.
     *
     * <p>{@code GET /api/v3/stockplus/asset/account}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusAccounts}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusAccounts> getStockPlusAccount(UtaStockPlusAccountRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_ACCOUNT, request);
    }

    /**
     * The Stock+ account: cash, buying power, margin, risk.
     *
     * <p>{@code GET /api/v3/stockplus/asset/account}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusAccounts}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusAccounts> getStockPlusAccount() {
        return getStockPlusAccount(new UtaStockPlusAccountRequest(null));
    }

    /**
     * Cash movements of the Stock+ account, one page.
     *
     * <p>{@code GET /api/v3/stockplus/asset/cash-flow}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusCashFlows}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusCashFlows> getStockPlusCashFlow(UtaStockPlusCashFlowRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_CASH_FLOW, request);
    }

    /**
     * The stocks held in Stock+.
     *
     * <p>{@code GET /api/v3/stockplus/asset/stock-position}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusPositions}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusPositions> getStockPlusStockPosition(UtaStockPlusPositionRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_STOCK_POSITION, request);
    }

    /**
     * The stocks held in Stock+.
     *
     * <p>{@code GET /api/v3/stockplus/asset/stock-position}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusPositions}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusPositions> getStockPlusStockPosition() {
        return getStockPlusStockPosition(new UtaStockPlusPositionRequest(null));
    }

    /**
     * The latest quote of a stock, with its extended-hours sessions.
     *
     * <p>{@code GET /api/v3/stockplus/market/quote}, signed when credentials are set; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusQuotes}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusQuotes> getStockPlusQuote(UtaStockPlusSymbolRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_QUOTE, request);
    }

    /**
     * The order book of a stock.
     *
     * <p>{@code GET /api/v3/stockplus/market/depth}, signed when credentials are set; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusDepth}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusDepth> getStockPlusDepth(UtaStockPlusSymbolRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_DEPTH, request);
    }

    /**
     * The latest candlesticks of a stock.
     *
     * <p>{@code GET /api/v3/stockplus/market/candlestick}, signed when credentials are set; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusCandles}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusCandles> getStockPlusCandlestick(UtaStockPlusCandlesRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_CANDLESTICK, request);
    }

    /**
     * Older candlesticks of a stock.
     *
     * <p>{@code GET /api/v3/stockplus/market/history-candlestick}, signed when credentials are set; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusCandles}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusCandles> getStockPlusHistoryCandlestick(UtaStockPlusHistoryCandlesRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_HISTORY_CANDLESTICK, request);
    }

    /**
     * Today's minute-by-minute prices of a stock.
     *
     * <p>{@code GET /api/v3/stockplus/market/intraday}, signed when credentials are set; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusIntraday}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusIntraday> getStockPlusIntraday(UtaStockPlusSymbolRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_INTRADAY, request);
    }

    /**
     * The latest trades of a stock.
     *
     * <p>{@code GET /api/v3/stockplus/market/trade}, signed when credentials are set; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaStockPlusTrade&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaStockPlusTrade>> getStockPlusTradeDetail(UtaStockPlusTradesRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_TRADE_DETAIL, request);
    }

    /**
     * Reference data of a stock.
     *
     * <p>{@code GET /api/v3/stockplus/market/static}, signed when credentials are set; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusStaticInfos}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusStaticInfos> getStockPlusStaticInfo(UtaStockPlusSymbolRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_STATIC_INFO, request);
    }

    /**
     * The latest quote of an option.
     *
     * <p>{@code GET /api/v3/stockplus/market/option-quote}, signed when credentials are set; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusOptionQuotes}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusOptionQuotes> getStockPlusOptionQuote(UtaStockPlusSymbolRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_OPTION_QUOTE, request);
    }

    /**
     * Option strikes of one expiry.
     *
     * <p>{@code GET /api/v3/stockplus/market/option-chain-info}, signed when credentials are set; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusOptionChain}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusOptionChain> getStockPlusOptionChainInfo(UtaStockPlusOptionChainRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_OPTION_CHAIN_INFO, request);
    }

    /**
     * The option expiries of a stock.
     *
     * <p>{@code GET /api/v3/stockplus/market/option-expiry-date}, signed when credentials are set; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusOptionExpiries}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusOptionExpiries> getStockPlusOptionExpiryDate(UtaStockPlusSymbolRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_OPTION_EXPIRY_DATE, request);
    }

    /**
     * Call and put volume of a stock's options.
     *
     * <p>{@code GET /api/v3/stockplus/market/option-volume}, signed when credentials are set; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaStockPlusOptionVolume}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaStockPlusOptionVolume> getStockPlusOptionVolume(UtaStockPlusSymbolRequest request) {
        return call(StockPlusEndpointsV3.GET_STOCK_PLUS_OPTION_VOLUME, request);
    }
}
