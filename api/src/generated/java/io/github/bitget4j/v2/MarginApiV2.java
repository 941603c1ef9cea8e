// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import com.google.gson.JsonElement;
import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.MarginEndpointsV2;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v2.margin.MarginAsset;
import io.github.bitget4j.model.v2.margin.MarginAssetsRequest;
import io.github.bitget4j.model.v2.margin.MarginBatchCancelRequest;
import io.github.bitget4j.model.v2.margin.MarginBatchOrderRequest;
import io.github.bitget4j.model.v2.margin.MarginBatchOrderResult;
import io.github.bitget4j.model.v2.margin.MarginBorrowHistory;
import io.github.bitget4j.model.v2.margin.MarginBorrowHistoryRequest;
import io.github.bitget4j.model.v2.margin.MarginBorrowRecord;
import io.github.bitget4j.model.v2.margin.MarginBorrowRequest;
import io.github.bitget4j.model.v2.margin.MarginBorrowResult;
import io.github.bitget4j.model.v2.margin.MarginCancelOrderRequest;
import io.github.bitget4j.model.v2.margin.MarginCurrency;
import io.github.bitget4j.model.v2.margin.MarginFill;
import io.github.bitget4j.model.v2.margin.MarginFills;
import io.github.bitget4j.model.v2.margin.MarginFillsRequest;
import io.github.bitget4j.model.v2.margin.MarginFinancialHistory;
import io.github.bitget4j.model.v2.margin.MarginFinancialHistoryRequest;
import io.github.bitget4j.model.v2.margin.MarginFinancialRecord;
import io.github.bitget4j.model.v2.margin.MarginFlashRepayRequest;
import io.github.bitget4j.model.v2.margin.MarginFlashRepayStatus;
import io.github.bitget4j.model.v2.margin.MarginFlashRepayStatusRequest;
import io.github.bitget4j.model.v2.margin.MarginHistoricOrdersRequest;
import io.github.bitget4j.model.v2.margin.MarginInterestHistory;
import io.github.bitget4j.model.v2.margin.MarginInterestHistoryRequest;
import io.github.bitget4j.model.v2.margin.MarginInterestRateLimit;
import io.github.bitget4j.model.v2.margin.MarginInterestRecord;
import io.github.bitget4j.model.v2.margin.MarginLimitQueryRequest;
import io.github.bitget4j.model.v2.margin.MarginLiquidationHistory;
import io.github.bitget4j.model.v2.margin.MarginLiquidationHistoryRequest;
import io.github.bitget4j.model.v2.margin.MarginLiquidationOrder;
import io.github.bitget4j.model.v2.margin.MarginLiquidationOrders;
import io.github.bitget4j.model.v2.margin.MarginLiquidationOrdersRequest;
import io.github.bitget4j.model.v2.margin.MarginLiquidationRecord;
import io.github.bitget4j.model.v2.margin.MarginMaxBorrowable;
import io.github.bitget4j.model.v2.margin.MarginMaxTransferable;
import io.github.bitget4j.model.v2.margin.MarginOpenOrdersRequest;
import io.github.bitget4j.model.v2.margin.MarginOrder;
import io.github.bitget4j.model.v2.margin.MarginOrderRequest;
import io.github.bitget4j.model.v2.margin.MarginOrders;
import io.github.bitget4j.model.v2.margin.MarginRepayHistory;
import io.github.bitget4j.model.v2.margin.MarginRepayHistoryRequest;
import io.github.bitget4j.model.v2.margin.MarginRepayRecord;
import io.github.bitget4j.model.v2.margin.MarginRepayRequest;
import io.github.bitget4j.model.v2.margin.MarginRepayResult;
import io.github.bitget4j.model.v2.margin.MarginRiskRateRequest;
import io.github.bitget4j.model.v2.margin.MarginTier;
import java.util.List;
import java.util.stream.Stream;

/**
 * Spot margin (V2), crossed and isolated: loans, account, orders.
 */
public interface MarginApiV2 extends EndpointCaller {

    /**
     * Symbols that support margin trading, with their limits.
     *
     * <p>{@code GET /api/v2/margin/currencies}, public; rate limit 10 requests per second per IP.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;MarginCurrency&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<MarginCurrency>> getMarginCurrencies() {
        return call(MarginEndpointsV2.GET_MARGIN_CURRENCIES, null);
    }

    /**
     * Lists loans; isolated needs a symbol.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/borrow-history}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginBorrowHistory}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginBorrowHistory> getMarginBorrowHistory(MarginBorrowHistoryRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_BORROW_HISTORY, request);
    }

    /**
     * Every item of {@link #getMarginBorrowHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<MarginBorrowRecord> streamMarginBorrowHistory(MarginBorrowHistoryRequest request) {
        return Pages.byCursor(request, this::getMarginBorrowHistory, page -> page.resultList(), page -> page.minId(),
                (r, n) -> new MarginBorrowHistoryRequest(r.marginType(), r.symbol(), r.loanId(), r.coin(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Lists repayments; isolated needs a symbol.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/repay-history}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginRepayHistory}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginRepayHistory> getMarginRepayHistory(MarginRepayHistoryRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_REPAY_HISTORY, request);
    }

    /**
     * Every item of {@link #getMarginRepayHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<MarginRepayRecord> streamMarginRepayHistory(MarginRepayHistoryRequest request) {
        return Pages.byCursor(request, this::getMarginRepayHistory, page -> page.resultList(), page -> page.minId(),
                (r, n) -> new MarginRepayHistoryRequest(r.marginType(), r.symbol(), r.repayId(), r.coin(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Lists interest; isolated needs a symbol.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/interest-history}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginInterestHistory}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginInterestHistory> getMarginInterestHistory(MarginInterestHistoryRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_INTEREST_HISTORY, request);
    }

    /**
     * Every item of {@link #getMarginInterestHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<MarginInterestRecord> streamMarginInterestHistory(MarginInterestHistoryRequest request) {
        return Pages.byCursor(request, this::getMarginInterestHistory, page -> page.resultList(), page -> page.minId(),
                (r, n) -> new MarginInterestHistoryRequest(r.marginType(), r.symbol(), r.coin(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Lists liquidations; isolated: symbol.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/liquidation-history}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginLiquidationHistory}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginLiquidationHistory> getMarginLiquidationHistory(MarginLiquidationHistoryRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_LIQUIDATION_HISTORY, request);
    }

    /**
     * Every item of {@link #getMarginLiquidationHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<MarginLiquidationRecord> streamMarginLiquidationHistory(MarginLiquidationHistoryRequest request) {
        return Pages.byCursor(request, this::getMarginLiquidationHistory, page -> page.resultList(), page -> page.minId(),
                (r, n) -> new MarginLiquidationHistoryRequest(r.marginType(), r.symbol(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Lists money flows; isolated: symbol.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/financial-records}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginFinancialHistory}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginFinancialHistory> getMarginFinancialHistory(MarginFinancialHistoryRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_FINANCIAL_HISTORY, request);
    }

    /**
     * Every item of {@link #getMarginFinancialHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<MarginFinancialRecord> streamMarginFinancialHistory(MarginFinancialHistoryRequest request) {
        return Pages.byCursor(request, this::getMarginFinancialHistory, page -> page.resultList(), page -> page.minId(),
                (r, n) -> new MarginFinancialHistoryRequest(r.marginType(), r.symbol(), r.flowType(), r.coin(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Balances and debt per coin.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/account/assets}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;MarginAsset&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<MarginAsset>> getMarginAccountAssets(MarginAssetsRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_ACCOUNT_ASSETS, request);
    }

    /**
     * Borrows a coin (both modes; isolated needs a symbol).
     *
     * <p>{@code POST /api/v2/margin/{marginType}/account/borrow}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginBorrowResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginBorrowResult> marginBorrow(MarginBorrowRequest request) {
        return call(MarginEndpointsV2.MARGIN_BORROW, request);
    }

    /**
     * Repays a loan (both modes; isolated needs a symbol).
     *
     * <p>{@code POST /api/v2/margin/{marginType}/account/repay}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginRepayResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginRepayResult> marginRepay(MarginRepayRequest request) {
        return call(MarginEndpointsV2.MARGIN_REPAY, request);
    }

    /**
     * Risk ratio, raw JSON (shape differs by mode).
     *
     * <p>{@code GET /api/v2/margin/{marginType}/account/risk-rate}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code JsonElement}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<JsonElement> getMarginRiskRate(MarginRiskRateRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_RISK_RATE, request);
    }

    /**
     * Largest amount that can still be borrowed.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/account/max-borrowable-amount}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginMaxBorrowable}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginMaxBorrowable> getMarginMaxBorrowable(MarginLimitQueryRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_MAX_BORROWABLE, request);
    }

    /**
     * Largest amount that can be moved out.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/account/max-transfer-out-amount}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginMaxTransferable}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginMaxTransferable> getMarginMaxTransferable(MarginLimitQueryRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_MAX_TRANSFERABLE, request);
    }

    /**
     * Interest rates and borrow limits.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/interest-rate-and-limit}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;MarginInterestRateLimit&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<MarginInterestRateLimit>> getMarginInterestRateAndMaxBorrowable(MarginLimitQueryRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_INTEREST_RATE_AND_MAX_BORROWABLE, request);
    }

    /**
     * Borrow tiers and their limits.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/tier-data}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;MarginTier&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<MarginTier>> getMarginTierConfiguration(MarginLimitQueryRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_TIER_CONFIGURATION, request);
    }

    /**
     * Repays all debt at once; raw JSON.
     *
     * <p>{@code POST /api/v2/margin/{marginType}/account/flash-repay}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code JsonElement}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<JsonElement> marginFlashRepay(MarginFlashRepayRequest request) {
        return call(MarginEndpointsV2.MARGIN_FLASH_REPAY, request);
    }

    /**
     * Status of flash repayments.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/account/query-flash-repay-status}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;MarginFlashRepayStatus&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<MarginFlashRepayStatus>> getMarginFlashRepayResult(MarginFlashRepayStatusRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_FLASH_REPAY_RESULT, request);
    }

    /**
     * Places one margin order.
     *
     * <p>{@code POST /api/v2/margin/{marginType}/place-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> marginSubmitOrder(MarginOrderRequest request) {
        return call(MarginEndpointsV2.MARGIN_SUBMIT_ORDER, request);
    }

    /**
     * Places several orders on one symbol.
     *
     * <p>{@code POST /api/v2/margin/{marginType}/batch-place-order}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginBatchOrderResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginBatchOrderResult> marginBatchSubmitOrders(MarginBatchOrderRequest request) {
        return call(MarginEndpointsV2.MARGIN_BATCH_SUBMIT_ORDERS, request);
    }

    /**
     * Cancels one margin order.
     *
     * <p>{@code POST /api/v2/margin/{marginType}/cancel-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> marginCancelOrder(MarginCancelOrderRequest request) {
        return call(MarginEndpointsV2.MARGIN_CANCEL_ORDER, request);
    }

    /**
     * Cancels several orders on one symbol.
     *
     * <p>{@code POST /api/v2/margin/{marginType}/batch-cancel-order}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginBatchOrderResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginBatchOrderResult> marginBatchCancelOrders(MarginBatchCancelRequest request) {
        return call(MarginEndpointsV2.MARGIN_BATCH_CANCEL_ORDERS, request);
    }

    /**
     * Lists margin orders still in the book.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/open-orders}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginOrders> getMarginOpenOrders(MarginOpenOrdersRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_OPEN_ORDERS, request);
    }

    /**
     * Every item of {@link #getMarginOpenOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<MarginOrder> streamMarginOpenOrders(MarginOpenOrdersRequest request) {
        return Pages.byCursor(request, this::getMarginOpenOrders, page -> page.orderList(), page -> page.minId(),
                (r, n) -> new MarginOpenOrdersRequest(r.marginType(), r.symbol(), r.orderId(), r.clientOid(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Lists finished margin orders.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/history-orders}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginOrders> getMarginHistoricOrders(MarginHistoricOrdersRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_HISTORIC_ORDERS, request);
    }

    /**
     * Every item of {@link #getMarginHistoricOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<MarginOrder> streamMarginHistoricOrders(MarginHistoricOrdersRequest request) {
        return Pages.byCursor(request, this::getMarginHistoricOrders, page -> page.orderList(), page -> page.minId(),
                (r, n) -> new MarginHistoricOrdersRequest(r.marginType(), r.symbol(), r.orderId(), r.enterPointSource(), r.clientOid(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Lists margin fills.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/fills}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginFills}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginFills> getMarginHistoricOrderFills(MarginFillsRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_HISTORIC_ORDER_FILLS, request);
    }

    /**
     * Every item of {@link #getMarginHistoricOrderFills}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<MarginFill> streamMarginHistoricOrderFills(MarginFillsRequest request) {
        return Pages.byCursor(request, this::getMarginHistoricOrderFills, page -> page.fills(), page -> page.minId(),
                (r, n) -> new MarginFillsRequest(r.marginType(), r.symbol(), r.orderId(), n, r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Lists liquidation orders and swaps.
     *
     * <p>{@code GET /api/v2/margin/{marginType}/liquidation-order}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code MarginLiquidationOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<MarginLiquidationOrders> getMarginLiquidationOrders(MarginLiquidationOrdersRequest request) {
        return call(MarginEndpointsV2.GET_MARGIN_LIQUIDATION_ORDERS, request);
    }

    /**
     * Every item of {@link #getMarginLiquidationOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<MarginLiquidationOrder> streamMarginLiquidationOrders(MarginLiquidationOrdersRequest request) {
        return Pages.byCursor(request, this::getMarginLiquidationOrders, page -> page.resultList(), page -> page.idLessThan(),
                (r, n) -> new MarginLiquidationOrdersRequest(r.marginType(), r.type(), r.symbol(), r.fromCoin(), r.toCoin(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }
}
