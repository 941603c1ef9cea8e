// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.CopyFuturesTraderEndpointsV2;
import io.github.bitget4j.model.v2.copy.CopyFollower;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowersRequest;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderBaseSettingsRequest;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderCloseRequest;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderClosedOrder;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderCurrentOrder;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderCurrentOrders;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderDailyShare;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderHistoryOrder;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderHistoryOrders;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderHistoryOrdersRequest;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderOrdersRequest;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderPendingShare;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderProfitHistory;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderProfitShare;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderProfitShares;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderSummary;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderSymbolSetting;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderSymbolSettingsRequest;
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderTpslRequest;
import io.github.bitget4j.model.v2.copy.CopyPageRequest;
import io.github.bitget4j.model.v2.copy.CopyProductTypeRequest;
import io.github.bitget4j.model.v2.copy.CopyRemoveFollowerRequest;
import io.github.bitget4j.model.v2.copy.CopyTraderProfitDetailsRequest;
import io.github.bitget4j.model.v2.copy.CopyTraderProfitShareHistoryRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Futures copy trading, trader side (V2): tracked orders, profit sharing, settings.
 */
public interface CopyFuturesTraderApiV2 extends EndpointCaller {

    /**
     * Lists the trader's open tracked orders.
     *
     * <p>{@code GET /api/v2/copy/mix-trader/order-current-track}, signed; rate limit 5 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopyFuturesTraderCurrentOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopyFuturesTraderCurrentOrders> getFuturesTraderCurrentOrder(CopyFuturesTraderOrdersRequest request) {
        return call(CopyFuturesTraderEndpointsV2.GET_FUTURES_TRADER_CURRENT_ORDER, request);
    }

    /**
     * Every item of {@link #getFuturesTraderCurrentOrder}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopyFuturesTraderCurrentOrder> streamFuturesTraderCurrentOrder(CopyFuturesTraderOrdersRequest request) {
        return Pages.byCursor(request, this::getFuturesTraderCurrentOrder, page -> page.trackingList(), page -> page.endId(),
                (r, n) -> new CopyFuturesTraderOrdersRequest(r.symbol(), r.productType(), r.startTime(), r.endTime(), r.limit(), r.idGreaterThan(), n, r.extraParams()));
    }

    /**
     * The trader's closed tracked orders.
     *
     * <p>{@code GET /api/v2/copy/mix-trader/order-history-track}, signed; rate limit 5 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopyFuturesTraderHistoryOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopyFuturesTraderHistoryOrders> getFuturesTraderHistoryOrders(CopyFuturesTraderHistoryOrdersRequest request) {
        return call(CopyFuturesTraderEndpointsV2.GET_FUTURES_TRADER_HISTORY_ORDERS, request);
    }

    /**
     * Every item of {@link #getFuturesTraderHistoryOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopyFuturesTraderHistoryOrder> streamFuturesTraderHistoryOrders(CopyFuturesTraderHistoryOrdersRequest request) {
        return Pages.byCursor(request, this::getFuturesTraderHistoryOrders, page -> page.trackingList(), page -> page.endId(),
                (r, n) -> new CopyFuturesTraderHistoryOrdersRequest(n, r.idGreaterThan(), r.startTime(), r.endTime(), r.limit(), r.order(), r.symbol(), r.productType(), r.extraParams()));
    }

    /**
     * Sets or clears TP/SL of a tracked order.
     *
     * <p>{@code POST /api/v2/copy/mix-trader/order-modify-tpsl}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> modifyFuturesTraderOrderTPSL(CopyFuturesTraderTpslRequest request) {
        return call(CopyFuturesTraderEndpointsV2.MODIFY_FUTURES_TRADER_ORDER_TPSL, request);
    }

    /**
     * Closes tracked positions.
     *
     * <p>{@code POST /api/v2/copy/mix-trader/order-close-positions}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyFuturesTraderClosedOrder&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyFuturesTraderClosedOrder>> closeFuturesTraderOrder(CopyFuturesTraderCloseRequest request) {
        return call(CopyFuturesTraderEndpointsV2.CLOSE_FUTURES_TRADER_ORDER, request);
    }

    /**
     * The trader's performance summary.
     *
     * <p>{@code GET /api/v2/copy/mix-trader/order-total-detail}, signed; rate limit 5 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code CopyFuturesTraderSummary}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopyFuturesTraderSummary> getFuturesTraderOrder() {
        return call(CopyFuturesTraderEndpointsV2.GET_FUTURES_TRADER_ORDER, null);
    }

    /**
     * Profit-share totals per coin.
     *
     * <p>{@code GET /api/v2/copy/mix-trader/profit-history-summarys}, signed; rate limit 5 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code CopyFuturesTraderProfitHistory}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopyFuturesTraderProfitHistory> getFuturesTraderProfitHistory() {
        return call(CopyFuturesTraderEndpointsV2.GET_FUTURES_TRADER_PROFIT_HISTORY, null);
    }

    /**
     * Lists settled profit shares.
     *
     * <p>{@code GET /api/v2/copy/mix-trader/profit-history-details}, signed; rate limit 5 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopyFuturesTraderProfitShares}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopyFuturesTraderProfitShares> getFuturesTraderProfitShareHistory(CopyTraderProfitShareHistoryRequest request) {
        return call(CopyFuturesTraderEndpointsV2.GET_FUTURES_TRADER_PROFIT_SHARE_HISTORY, request);
    }

    /**
     * Every item of {@link #getFuturesTraderProfitShareHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopyFuturesTraderProfitShare> streamFuturesTraderProfitShareHistory(CopyTraderProfitShareHistoryRequest request) {
        return Pages.byCursor(request, this::getFuturesTraderProfitShareHistory, page -> page.profitList(), page -> page.endId(),
                (r, n) -> new CopyTraderProfitShareHistoryRequest(r.coin(), n, r.idGreaterThan(), r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Lists settled profit shares.
     *
     * <p>{@code GET /api/v2/copy/mix-trader/profit-history-details}, signed; rate limit 5 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code CopyFuturesTraderProfitShares}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopyFuturesTraderProfitShares> getFuturesTraderProfitShareHistory() {
        return getFuturesTraderProfitShareHistory(new CopyTraderProfitShareHistoryRequest(null, null, null, null, null, null));
    }

    /**
     * Lists profit shares not yet settled.
     *
     * <p>{@code GET /api/v2/copy/mix-trader/profit-details}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyFuturesTraderPendingShare&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyFuturesTraderPendingShare>> getFuturesTraderProfitShare(CopyTraderProfitDetailsRequest request) {
        return call(CopyFuturesTraderEndpointsV2.GET_FUTURES_TRADER_PROFIT_SHARE, request);
    }

    /**
     * Every item of {@link #getFuturesTraderProfitShare}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopyFuturesTraderPendingShare> streamFuturesTraderProfitShare(CopyTraderProfitDetailsRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getFuturesTraderProfitShare, page -> page,
                (r, n) -> new CopyTraderProfitDetailsRequest(r.coin(), n, r.pageSize(), r.extraParams()));
    }

    /**
     * Lists profit shares not yet settled.
     *
     * <p>{@code GET /api/v2/copy/mix-trader/profit-details}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyFuturesTraderPendingShare&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyFuturesTraderPendingShare>> getFuturesTraderProfitShare() {
        return getFuturesTraderProfitShare(new CopyTraderProfitDetailsRequest(null, null, null));
    }

    /**
     * Profit shares per coin and day.
     *
     * <p>{@code GET /api/v2/copy/mix-trader/profits-group-coin-date}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyFuturesTraderDailyShare&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyFuturesTraderDailyShare>> getFuturesTraderProfitShareGroup(CopyPageRequest request) {
        return call(CopyFuturesTraderEndpointsV2.GET_FUTURES_TRADER_PROFIT_SHARE_GROUP, request);
    }

    /**
     * Every item of {@link #getFuturesTraderProfitShareGroup}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopyFuturesTraderDailyShare> streamFuturesTraderProfitShareGroup(CopyPageRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getFuturesTraderProfitShareGroup, page -> page,
                (r, n) -> new CopyPageRequest(r.pageSize(), n, r.extraParams()));
    }

    /**
     * Profit shares per coin and day.
     *
     * <p>{@code GET /api/v2/copy/mix-trader/profits-group-coin-date}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyFuturesTraderDailyShare&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyFuturesTraderDailyShare>> getFuturesTraderProfitShareGroup() {
        return getFuturesTraderProfitShareGroup(new CopyPageRequest(null, null));
    }

    /**
     * The trader's copy-trading symbols.
     *
     * <p>{@code GET /api/v2/copy/mix-trader/config-query-symbols}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyFuturesTraderSymbolSetting&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyFuturesTraderSymbolSetting>> getFuturesTraderSymbolSettings(CopyProductTypeRequest request) {
        return call(CopyFuturesTraderEndpointsV2.GET_FUTURES_TRADER_SYMBOL_SETTINGS, request);
    }

    /**
     * Changes copy-trading symbols.
     *
     * <p>{@code POST /api/v2/copy/mix-trader/config-setting-symbols}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> updateFuturesTraderSymbolSettings(CopyFuturesTraderSymbolSettingsRequest request) {
        return call(CopyFuturesTraderEndpointsV2.UPDATE_FUTURES_TRADER_SYMBOL_SETTINGS, request);
    }

    /**
     * Sets the trader's switches.
     *
     * <p>{@code POST /api/v2/copy/mix-trader/config-settings-base}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> updateFuturesTraderGlobalSettings(CopyFuturesTraderBaseSettingsRequest request) {
        return call(CopyFuturesTraderEndpointsV2.UPDATE_FUTURES_TRADER_GLOBAL_SETTINGS, request);
    }

    /**
     * Sets the trader's switches.
     *
     * <p>{@code POST /api/v2/copy/mix-trader/config-settings-base}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> updateFuturesTraderGlobalSettings() {
        return updateFuturesTraderGlobalSettings(new CopyFuturesTraderBaseSettingsRequest(null, null, null));
    }

    /**
     * Lists the trader's followers.
     *
     * <p>{@code GET /api/v2/copy/mix-trader/config-query-followers}, signed; rate limit 5 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyFollower&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyFollower>> getFuturesTraderFollowers(CopyFuturesFollowersRequest request) {
        return call(CopyFuturesTraderEndpointsV2.GET_FUTURES_TRADER_FOLLOWERS, request);
    }

    /**
     * Every item of {@link #getFuturesTraderFollowers}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopyFollower> streamFuturesTraderFollowers(CopyFuturesFollowersRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getFuturesTraderFollowers, page -> page,
                (r, n) -> new CopyFuturesFollowersRequest(n, r.pageSize(), r.startTime(), r.endTime(), r.extraParams()));
    }

    /**
     * Lists the trader's followers.
     *
     * <p>{@code GET /api/v2/copy/mix-trader/config-query-followers}, signed; rate limit 5 requests per second per UID; paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyFollower&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyFollower>> getFuturesTraderFollowers() {
        return getFuturesTraderFollowers(new CopyFuturesFollowersRequest(null, null, null, null));
    }

    /**
     * Removes one follower.
     *
     * <p>{@code POST /api/v2/copy/mix-trader/config-remove-follower}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> removeFuturesTraderFollower(CopyRemoveFollowerRequest request) {
        return call(CopyFuturesTraderEndpointsV2.REMOVE_FUTURES_TRADER_FOLLOWER, request);
    }
}
