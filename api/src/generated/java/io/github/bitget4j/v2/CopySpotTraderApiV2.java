// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.CopySpotTraderEndpointsV2;
import io.github.bitget4j.model.v2.copy.CopyFollower;
import io.github.bitget4j.model.v2.copy.CopyRemoveFollowerRequest;
import io.github.bitget4j.model.v2.copy.CopySpotFollowersRequest;
import io.github.bitget4j.model.v2.copy.CopySpotSellRequest;
import io.github.bitget4j.model.v2.copy.CopySpotTpslRequest;
import io.github.bitget4j.model.v2.copy.CopySpotTraderConfig;
import io.github.bitget4j.model.v2.copy.CopySpotTraderCurrentOrder;
import io.github.bitget4j.model.v2.copy.CopySpotTraderCurrentOrders;
import io.github.bitget4j.model.v2.copy.CopySpotTraderHistoryOrder;
import io.github.bitget4j.model.v2.copy.CopySpotTraderHistoryOrders;
import io.github.bitget4j.model.v2.copy.CopySpotTraderOrdersRequest;
import io.github.bitget4j.model.v2.copy.CopySpotTraderPendingShare;
import io.github.bitget4j.model.v2.copy.CopySpotTraderProfitOverview;
import io.github.bitget4j.model.v2.copy.CopySpotTraderProfitShare;
import io.github.bitget4j.model.v2.copy.CopySpotTraderProfitShares;
import io.github.bitget4j.model.v2.copy.CopySpotTraderSummary;
import io.github.bitget4j.model.v2.copy.CopySpotTraderSymbolsRequest;
import io.github.bitget4j.model.v2.copy.CopyTraderProfitDetailsRequest;
import io.github.bitget4j.model.v2.copy.CopyTraderProfitShareHistoryRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Spot copy trading, trader side (V2): tracked orders, profit sharing, settings.
 */
public interface CopySpotTraderApiV2 extends EndpointCaller {

    /**
     * Profit-share overview with daily history.
     *
     * <p>{@code GET /api/v2/copy/spot-trader/profit-summarys}, signed; rate limit 5 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code CopySpotTraderProfitOverview}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotTraderProfitOverview> getSpotTraderProfit() {
        return call(CopySpotTraderEndpointsV2.GET_SPOT_TRADER_PROFIT, null);
    }

    /**
     * Lists settled profit shares.
     *
     * <p>{@code GET /api/v2/copy/spot-trader/profit-history-details}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopySpotTraderProfitShares}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotTraderProfitShares> getSpotTraderHistoryProfit(CopyTraderProfitShareHistoryRequest request) {
        return call(CopySpotTraderEndpointsV2.GET_SPOT_TRADER_HISTORY_PROFIT, request);
    }

    /**
     * Every item of {@link #getSpotTraderHistoryProfit}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopySpotTraderProfitShare> streamSpotTraderHistoryProfit(CopyTraderProfitShareHistoryRequest request) {
        return Pages.byCursor(request, this::getSpotTraderHistoryProfit, page -> page.profitList(), page -> page.endId(),
                (r, n) -> new CopyTraderProfitShareHistoryRequest(r.coin(), n, r.idGreaterThan(), r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Lists settled profit shares.
     *
     * <p>{@code GET /api/v2/copy/spot-trader/profit-history-details}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code CopySpotTraderProfitShares}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotTraderProfitShares> getSpotTraderHistoryProfit() {
        return getSpotTraderHistoryProfit(new CopyTraderProfitShareHistoryRequest(null, null, null, null, null, null));
    }

    /**
     * Lists profit shares not yet settled.
     *
     * <p>{@code GET /api/v2/copy/spot-trader/profit-details}, signed; rate limit 5 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopySpotTraderPendingShare&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopySpotTraderPendingShare>> getSpotTraderUnrealizedProfit(CopyTraderProfitDetailsRequest request) {
        return call(CopySpotTraderEndpointsV2.GET_SPOT_TRADER_UNREALIZED_PROFIT, request);
    }

    /**
     * Every item of {@link #getSpotTraderUnrealizedProfit}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopySpotTraderPendingShare> streamSpotTraderUnrealizedProfit(CopyTraderProfitDetailsRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getSpotTraderUnrealizedProfit, page -> page,
                (r, n) -> new CopyTraderProfitDetailsRequest(r.coin(), n, r.pageSize(), r.extraParams()));
    }

    /**
     * Lists profit shares not yet settled.
     *
     * <p>{@code GET /api/v2/copy/spot-trader/profit-details}, signed; rate limit 5 requests per second per UID; paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopySpotTraderPendingShare&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopySpotTraderPendingShare>> getSpotTraderUnrealizedProfit() {
        return getSpotTraderUnrealizedProfit(new CopyTraderProfitDetailsRequest(null, null, null));
    }

    /**
     * The trader's performance summary.
     *
     * <p>{@code GET /api/v2/copy/spot-trader/order-total-detail}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code CopySpotTraderSummary}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotTraderSummary> getSpotTraderOrder() {
        return call(CopySpotTraderEndpointsV2.GET_SPOT_TRADER_ORDER, null);
    }

    /**
     * Sets or clears TP/SL of a tracked order.
     *
     * <p>{@code POST /api/v2/copy/spot-trader/order-modify-tpsl}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> modifySpotTraderOrderTPSL(CopySpotTpslRequest request) {
        return call(CopySpotTraderEndpointsV2.MODIFY_SPOT_TRADER_ORDER_TPSL, request);
    }

    /**
     * Lists the trader's sold tracked orders.
     *
     * <p>{@code GET /api/v2/copy/spot-trader/order-history-track}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopySpotTraderHistoryOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotTraderHistoryOrders> getSpotTraderHistoryOrders(CopySpotTraderOrdersRequest request) {
        return call(CopySpotTraderEndpointsV2.GET_SPOT_TRADER_HISTORY_ORDERS, request);
    }

    /**
     * Every item of {@link #getSpotTraderHistoryOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopySpotTraderHistoryOrder> streamSpotTraderHistoryOrders(CopySpotTraderOrdersRequest request) {
        return Pages.byCursor(request, this::getSpotTraderHistoryOrders, page -> page.trackingList(), page -> page.endId(),
                (r, n) -> new CopySpotTraderOrdersRequest(r.symbol(), n, r.idGreaterThan(), r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Lists the trader's sold tracked orders.
     *
     * <p>{@code GET /api/v2/copy/spot-trader/order-history-track}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code CopySpotTraderHistoryOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotTraderHistoryOrders> getSpotTraderHistoryOrders() {
        return getSpotTraderHistoryOrders(new CopySpotTraderOrdersRequest(null, null, null, null, null, null));
    }

    /**
     * Lists the trader's open tracked orders.
     *
     * <p>{@code GET /api/v2/copy/spot-trader/order-current-track}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopySpotTraderCurrentOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotTraderCurrentOrders> getSpotTraderCurrentOrders(CopySpotTraderOrdersRequest request) {
        return call(CopySpotTraderEndpointsV2.GET_SPOT_TRADER_CURRENT_ORDERS, request);
    }

    /**
     * Every item of {@link #getSpotTraderCurrentOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopySpotTraderCurrentOrder> streamSpotTraderCurrentOrders(CopySpotTraderOrdersRequest request) {
        return Pages.byCursor(request, this::getSpotTraderCurrentOrders, page -> page.trackingList(), page -> page.endId(),
                (r, n) -> new CopySpotTraderOrdersRequest(r.symbol(), n, r.idGreaterThan(), r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Lists the trader's open tracked orders.
     *
     * <p>{@code GET /api/v2/copy/spot-trader/order-current-track}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code CopySpotTraderCurrentOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotTraderCurrentOrders> getSpotTraderCurrentOrders() {
        return getSpotTraderCurrentOrders(new CopySpotTraderOrdersRequest(null, null, null, null, null, null));
    }

    /**
     * Sells tracked orders of a symbol.
     *
     * <p>{@code POST /api/v2/copy/spot-trader/order-close-tracking}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> sellSpotTrader(CopySpotSellRequest request) {
        return call(CopySpotTraderEndpointsV2.SELL_SPOT_TRADER, request);
    }

    /**
     * Adds or removes copy symbols.
     *
     * <p>{@code POST /api/v2/copy/spot-trader/config-setting-symbols}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> getSpotTraderSymbolSettings(CopySpotTraderSymbolsRequest request) {
        return call(CopySpotTraderEndpointsV2.GET_SPOT_TRADER_SYMBOL_SETTINGS, request);
    }

    /**
     * Removes one follower.
     *
     * <p>{@code POST /api/v2/copy/spot-trader/config-remove-follower}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> removeSpotTraderFollowers(CopyRemoveFollowerRequest request) {
        return call(CopySpotTraderEndpointsV2.REMOVE_SPOT_TRADER_FOLLOWERS, request);
    }

    /**
     * The trader's copy configuration.
     *
     * <p>{@code GET /api/v2/copy/spot-trader/config-query-settings}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code CopySpotTraderConfig}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotTraderConfig> getSpotTraderConfiguration() {
        return call(CopySpotTraderEndpointsV2.GET_SPOT_TRADER_CONFIGURATION, null);
    }

    /**
     * Lists the trader's followers.
     *
     * <p>{@code GET /api/v2/copy/spot-trader/config-query-followers}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyFollower&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyFollower>> getSpotTraderFollowers(CopySpotFollowersRequest request) {
        return call(CopySpotTraderEndpointsV2.GET_SPOT_TRADER_FOLLOWERS, request);
    }

    /**
     * Every item of {@link #getSpotTraderFollowers}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopyFollower> streamSpotTraderFollowers(CopySpotFollowersRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getSpotTraderFollowers, page -> page,
                (r, n) -> new CopySpotFollowersRequest(n, r.pageSize(), r.startTime(), r.endTime(), r.extraParams()));
    }

    /**
     * Lists the trader's followers.
     *
     * <p>{@code GET /api/v2/copy/spot-trader/config-query-followers}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyFollower&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyFollower>> getSpotTraderFollowers() {
        return getSpotTraderFollowers(new CopySpotFollowersRequest(null, null, null, null));
    }
}
