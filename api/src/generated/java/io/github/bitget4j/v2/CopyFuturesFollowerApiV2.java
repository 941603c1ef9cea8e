// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.CopyFuturesFollowerEndpointsV2;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowLimit;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowedTrader;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerCloseRequest;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerCloseResult;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerCurrentOrder;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerHistoryOrder;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerHistoryOrders;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerOrdersRequest;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerSettings;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerSettingsRequest;
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerTpslRequest;
import io.github.bitget4j.model.v2.copy.CopyMyTradersRequest;
import io.github.bitget4j.model.v2.copy.CopySymbolProductRequest;
import io.github.bitget4j.model.v2.copy.CopyTraderIdRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Futures copy trading, follower side (V2): copied orders, follow settings, traders.
 */
public interface CopyFuturesFollowerApiV2 extends EndpointCaller {

    /**
     * Lists open copied orders.
     *
     * <p>{@code GET /api/v2/copy/mix-follower/query-current-orders}, signed; rate limit 5 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyFuturesFollowerCurrentOrder&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyFuturesFollowerCurrentOrder>> getFuturesFollowerCurrentOrders(CopyFuturesFollowerOrdersRequest request) {
        return call(CopyFuturesFollowerEndpointsV2.GET_FUTURES_FOLLOWER_CURRENT_ORDERS, request);
    }

    /**
     * Lists closed copied orders.
     *
     * <p>{@code GET /api/v2/copy/mix-follower/query-history-orders}, signed; rate limit 5 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopyFuturesFollowerHistoryOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopyFuturesFollowerHistoryOrders> getFuturesFollowerHistoryOrders(CopyFuturesFollowerOrdersRequest request) {
        return call(CopyFuturesFollowerEndpointsV2.GET_FUTURES_FOLLOWER_HISTORY_ORDERS, request);
    }

    /**
     * Every item of {@link #getFuturesFollowerHistoryOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopyFuturesFollowerHistoryOrder> streamFuturesFollowerHistoryOrders(CopyFuturesFollowerOrdersRequest request) {
        return Pages.byCursor(request, this::getFuturesFollowerHistoryOrders, page -> page.trackingList(), page -> page.endId(),
                (r, n) -> new CopyFuturesFollowerOrdersRequest(n, r.idGreaterThan(), r.startTime(), r.endTime(), r.limit(), r.symbol(), r.productType(), r.traderId(), r.extraParams()));
    }

    /**
     * Sets or clears TP/SL of a copied order.
     *
     * <p>{@code POST /api/v2/copy/mix-follower/setting-tpsl}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> updateFuturesFollowerTPSL(CopyFuturesFollowerTpslRequest request) {
        return call(CopyFuturesFollowerEndpointsV2.UPDATE_FUTURES_FOLLOWER_TPSL, request);
    }

    /**
     * Closes copied positions.
     *
     * <p>{@code POST /api/v2/copy/mix-follower/close-positions}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopyFuturesFollowerCloseResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopyFuturesFollowerCloseResult> closeFuturesFollowerPositions(CopyFuturesFollowerCloseRequest request) {
        return call(CopyFuturesFollowerEndpointsV2.CLOSE_FUTURES_FOLLOWER_POSITIONS, request);
    }

    /**
     * Follows a trader or changes how.
     *
     * <p>{@code POST /api/v2/copy/mix-follower/settings}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> updateFuturesFollowerSettings(CopyFuturesFollowerSettingsRequest request) {
        return call(CopyFuturesFollowerEndpointsV2.UPDATE_FUTURES_FOLLOWER_SETTINGS, request);
    }

    /**
     * Follow settings for one trader.
     *
     * <p>{@code GET /api/v2/copy/mix-follower/query-settings}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopyFuturesFollowerSettings}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopyFuturesFollowerSettings> getFuturesFollowerSettings(CopyTraderIdRequest request) {
        return call(CopyFuturesFollowerEndpointsV2.GET_FUTURES_FOLLOWER_SETTINGS, request);
    }

    /**
     * Lists the traders followed.
     *
     * <p>{@code GET /api/v2/copy/mix-follower/query-traders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyFuturesFollowedTrader&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyFuturesFollowedTrader>> getFuturesFollowerTraders(CopyMyTradersRequest request) {
        return call(CopyFuturesFollowerEndpointsV2.GET_FUTURES_FOLLOWER_TRADERS, request);
    }

    /**
     * Every item of {@link #getFuturesFollowerTraders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopyFuturesFollowedTrader> streamFuturesFollowerTraders(CopyMyTradersRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getFuturesFollowerTraders, page -> page,
                (r, n) -> new CopyMyTradersRequest(r.startTime(), r.endTime(), n, r.pageSize(), r.extraParams()));
    }

    /**
     * Lists the traders followed.
     *
     * <p>{@code GET /api/v2/copy/mix-follower/query-traders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyFuturesFollowedTrader&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyFuturesFollowedTrader>> getFuturesFollowerTraders() {
        return getFuturesFollowerTraders(new CopyMyTradersRequest(null, null, null, null));
    }

    /**
     * Copy size limits of a symbol.
     *
     * <p>{@code GET /api/v2/copy/mix-follower/query-quantity-limit}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyFuturesFollowLimit&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyFuturesFollowLimit>> getFuturesFollowerFollowLimit(CopySymbolProductRequest request) {
        return call(CopyFuturesFollowerEndpointsV2.GET_FUTURES_FOLLOWER_FOLLOW_LIMIT, request);
    }

    /**
     * Stops following a trader.
     *
     * <p>{@code POST /api/v2/copy/mix-follower/cancel-trader}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> unfollowFuturesTrader(CopyTraderIdRequest request) {
        return call(CopyFuturesFollowerEndpointsV2.UNFOLLOW_FUTURES_TRADER, request);
    }
}
