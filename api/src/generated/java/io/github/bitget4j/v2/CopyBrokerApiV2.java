// Generated from codegen/model/v2/copy-broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.CopyBrokerEndpointsV2;
import io.github.bitget4j.model.v2.copy.CopyBrokerCurrentTrace;
import io.github.bitget4j.model.v2.copy.CopyBrokerHistoryTrace;
import io.github.bitget4j.model.v2.copy.CopyBrokerHistoryTraces;
import io.github.bitget4j.model.v2.copy.CopyBrokerTracesRequest;
import io.github.bitget4j.model.v2.copy.CopyBrokerTrader;
import io.github.bitget4j.model.v2.copy.CopyBrokerTradersRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Futures copy trading for brokers (V2): trader list and a trader's tracked orders.
 */
public interface CopyBrokerApiV2 extends EndpointCaller {

    /**
     * Lists copy traders, sorted and filtered.
     *
     * <p>{@code GET /api/v2/copy/mix-broker/query-traders}, signed; rate limit 5 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyBrokerTrader&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyBrokerTrader>> getBrokerTraders(CopyBrokerTradersRequest request) {
        return call(CopyBrokerEndpointsV2.GET_BROKER_TRADERS, request);
    }

    /**
     * Every item of {@link #getBrokerTraders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopyBrokerTrader> streamBrokerTraders(CopyBrokerTradersRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getBrokerTraders, page -> page,
                (r, n) -> new CopyBrokerTradersRequest(r.traderId(), r.traderName(), r.fullStatus(), r.sortRule(), r.sortFlag(), r.languageType(), r.pageSize(), n, r.extraParams()));
    }

    /**
     * Lists copy traders, sorted and filtered.
     *
     * <p>{@code GET /api/v2/copy/mix-broker/query-traders}, signed; rate limit 5 requests per second per UID; paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyBrokerTrader&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyBrokerTrader>> getBrokerTraders() {
        return getBrokerTraders(new CopyBrokerTradersRequest(null, null, null, null, null, null, null, null));
    }

    /**
     * A trader's closed tracked orders.
     *
     * <p>{@code GET /api/v2/copy/mix-broker/query-history-traces}, signed; rate limit 5 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CopyBrokerHistoryTraces}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CopyBrokerHistoryTraces> getBrokerTradersHistoricalOrders(CopyBrokerTracesRequest request) {
        return call(CopyBrokerEndpointsV2.GET_BROKER_TRADERS_HISTORICAL_ORDERS, request);
    }

    /**
     * Every item of {@link #getBrokerTradersHistoricalOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<CopyBrokerHistoryTrace> streamBrokerTradersHistoricalOrders(CopyBrokerTracesRequest request) {
        return Pages.byCursor(request, this::getBrokerTradersHistoricalOrders, page -> page.trackingList(), page -> page.endId(),
                (r, n) -> new CopyBrokerTracesRequest(r.traderId(), r.symbol(), r.productType(), n, r.idGreaterThan(), r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * A trader's open tracked orders.
     *
     * <p>{@code GET /api/v2/copy/mix-broker/query-current-traces}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CopyBrokerCurrentTrace&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CopyBrokerCurrentTrace>> getBrokerTradersPendingOrders(CopyBrokerTracesRequest request) {
        return call(CopyBrokerEndpointsV2.GET_BROKER_TRADERS_PENDING_ORDERS, request);
    }
}
