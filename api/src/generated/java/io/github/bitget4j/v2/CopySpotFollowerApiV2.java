// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.CopySpotFollowerEndpointsV2;
import io.github.bitget4j.model.v2.copy.CopyMyTradersRequest;
import io.github.bitget4j.model.v2.copy.CopySpotFollowedTrader;
import io.github.bitget4j.model.v2.copy.CopySpotFollowedTraders;
import io.github.bitget4j.model.v2.copy.CopySpotFollowerConfig;
import io.github.bitget4j.model.v2.copy.CopySpotFollowerCurrentOrder;
import io.github.bitget4j.model.v2.copy.CopySpotFollowerCurrentOrders;
import io.github.bitget4j.model.v2.copy.CopySpotFollowerHistoryOrder;
import io.github.bitget4j.model.v2.copy.CopySpotFollowerHistoryOrders;
import io.github.bitget4j.model.v2.copy.CopySpotFollowerOrdersRequest;
import io.github.bitget4j.model.v2.copy.CopySpotFollowerSettingsRequest;
import io.github.bitget4j.model.v2.copy.CopySpotSellRequest;
import io.github.bitget4j.model.v2.copy.CopySpotTpslRequest;
import io.github.bitget4j.model.v2.copy.CopySpotTraderSymbols;
import io.github.bitget4j.model.v2.copy.CopyTrackingNosRequest;
import io.github.bitget4j.model.v2.copy.CopyTraderIdRequest;
import java.util.stream.Stream;

/**
 * Spot copy trading, follower side (V2): copied orders, follow settings, traders.
 */
public interface CopySpotFollowerApiV2 extends EndpointCaller {

    /**
     * Stops copied orders (all or none).
     *
     * <p>{@code POST /api/v2/copy/spot-follower/stop-order}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> cancelSpotFollowerOrder(CopyTrackingNosRequest request) {
        return call(CopySpotFollowerEndpointsV2.CANCEL_SPOT_FOLLOWER_ORDER, request);
    }

    /**
     * Sells copied orders of a symbol.
     *
     * <p>{@code POST /api/v2/copy/spot-follower/order-close-tracking}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> sellSpotFollower(CopySpotSellRequest request) {
        return call(CopySpotFollowerEndpointsV2.SELL_SPOT_FOLLOWER, request);
    }

    /**
     * Sets or clears TP/SL of a copied order.
     *
     * <p>{@code POST /api/v2/copy/spot-follower/setting-tpsl}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> updateSpotFollowerTPSL(CopySpotTpslRequest request) {
        return call(CopySpotFollowerEndpointsV2.UPDATE_SPOT_FOLLOWER_TPSL, request);
    }

    /**
     * Lists copied orders still held.
     *
     * <p>{@code GET /api/v2/copy/spot-follower/query-current-orders}, signed; rate limit 5 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopySpotFollowerCurrentOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotFollowerCurrentOrders> getSpotFollowerOpenOrders(CopySpotFollowerOrdersRequest request) {
        return call(CopySpotFollowerEndpointsV2.GET_SPOT_FOLLOWER_OPEN_ORDERS, request);
    }

    /**
     * Every item of {@link #getSpotFollowerOpenOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopySpotFollowerCurrentOrder> streamSpotFollowerOpenOrders(CopySpotFollowerOrdersRequest request) {
        return Pages.byCursor(request, this::getSpotFollowerOpenOrders, page -> page.trackingList(), page -> page.endId(),
                (r, n) -> new CopySpotFollowerOrdersRequest(r.symbol(), r.traderId(), n, r.idGreaterThan(), r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Lists copied orders still held.
     *
     * <p>{@code GET /api/v2/copy/spot-follower/query-current-orders}, signed; rate limit 5 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code CopySpotFollowerCurrentOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotFollowerCurrentOrders> getSpotFollowerOpenOrders() {
        return getSpotFollowerOpenOrders(new CopySpotFollowerOrdersRequest(null, null, null, null, null, null, null));
    }

    /**
     * Lists sold copied orders.
     *
     * <p>{@code GET /api/v2/copy/spot-follower/query-history-orders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopySpotFollowerHistoryOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotFollowerHistoryOrders> getSpotFollowerHistoryOrders(CopySpotFollowerOrdersRequest request) {
        return call(CopySpotFollowerEndpointsV2.GET_SPOT_FOLLOWER_HISTORY_ORDERS, request);
    }

    /**
     * Every item of {@link #getSpotFollowerHistoryOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopySpotFollowerHistoryOrder> streamSpotFollowerHistoryOrders(CopySpotFollowerOrdersRequest request) {
        return Pages.byCursor(request, this::getSpotFollowerHistoryOrders, page -> page.trackingList(), page -> page.endId(),
                (r, n) -> new CopySpotFollowerOrdersRequest(r.symbol(), r.traderId(), n, r.idGreaterThan(), r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Lists sold copied orders.
     *
     * <p>{@code GET /api/v2/copy/spot-follower/query-history-orders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code CopySpotFollowerHistoryOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotFollowerHistoryOrders> getSpotFollowerHistoryOrders() {
        return getSpotFollowerHistoryOrders(new CopySpotFollowerOrdersRequest(null, null, null, null, null, null, null));
    }

    /**
     * Follows a trader or changes how.
     *
     * <p>{@code POST /api/v2/copy/spot-follower/settings}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> updateSpotFollowerSettings(CopySpotFollowerSettingsRequest request) {
        return call(CopySpotFollowerEndpointsV2.UPDATE_SPOT_FOLLOWER_SETTINGS, request);
    }

    /**
     * Follow settings and limits for one trader.
     *
     * <p>{@code GET /api/v2/copy/spot-follower/query-settings}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopySpotFollowerConfig}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotFollowerConfig> getSpotFollowerSettings(CopyTraderIdRequest request) {
        return call(CopySpotFollowerEndpointsV2.GET_SPOT_FOLLOWER_SETTINGS, request);
    }

    /**
     * Lists the spot traders followed.
     *
     * <p>{@code GET /api/v2/copy/spot-follower/query-traders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopySpotFollowedTraders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotFollowedTraders> getSpotFollowerTraders(CopyMyTradersRequest request) {
        return call(CopySpotFollowerEndpointsV2.GET_SPOT_FOLLOWER_TRADERS, request);
    }

    /**
     * Every item of {@link #getSpotFollowerTraders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopySpotFollowedTrader> streamSpotFollowerTraders(CopyMyTradersRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getSpotFollowerTraders, page -> page.resultList(),
                (r, n) -> new CopyMyTradersRequest(r.startTime(), r.endTime(), n, r.pageSize(), r.extraParams()));
    }

    /**
     * Lists the spot traders followed.
     *
     * <p>{@code GET /api/v2/copy/spot-follower/query-traders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code CopySpotFollowedTraders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotFollowedTraders> getSpotFollowerTraders() {
        return getSpotFollowerTraders(new CopyMyTradersRequest(null, null, null, null));
    }

    /**
     * Symbols a trader trades now.
     *
     * <p>{@code GET /api/v2/copy/spot-follower/query-trader-symbols}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopySpotTraderSymbols}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopySpotTraderSymbols> getSpotFollowerCurrentTraderSymbols(CopyTraderIdRequest request) {
        return call(CopySpotFollowerEndpointsV2.GET_SPOT_FOLLOWER_CURRENT_TRADER_SYMBOLS, request);
    }

    /**
     * Stops following a spot trader.
     *
     * <p>{@code POST /api/v2/copy/spot-follower/cancel-trader}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> unfollowSpotTrader(CopyTraderIdRequest request) {
        return call(CopySpotFollowerEndpointsV2.UNFOLLOW_SPOT_TRADER, request);
    }
}
