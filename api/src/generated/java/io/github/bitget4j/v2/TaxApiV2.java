// Generated from codegen/model/v2/tax.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.TaxEndpointsV2;
import io.github.bitget4j.model.v2.tax.TaxFuturesRecord;
import io.github.bitget4j.model.v2.tax.TaxFuturesRecordsRequest;
import io.github.bitget4j.model.v2.tax.TaxMarginRecord;
import io.github.bitget4j.model.v2.tax.TaxMarginRecordsRequest;
import io.github.bitget4j.model.v2.tax.TaxP2pRecord;
import io.github.bitget4j.model.v2.tax.TaxRecordsRequest;
import io.github.bitget4j.model.v2.tax.TaxSpotRecord;
import java.util.List;
import java.util.stream.Stream;

/**
 * Transaction records for tax reporting (V2): spot, futures, margin and P2P. Private.
 */
public interface TaxApiV2 extends EndpointCaller {

    /**
     * Spot account records for tax reporting.
     *
     * <p>{@code GET /api/v2/tax/spot-record}, signed; rate limit 1 request per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;TaxSpotRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<TaxSpotRecord>> getSpotTransactionRecords(TaxRecordsRequest request) {
        return call(TaxEndpointsV2.GET_SPOT_TRANSACTION_RECORDS, request);
    }

    /**
     * Every item of {@link #getSpotTransactionRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<TaxSpotRecord> streamSpotTransactionRecords(TaxRecordsRequest request) {
        return Pages.byCursor(request, this::getSpotTransactionRecords, page -> page, page -> page.get(page.size() - 1).id(),
                (r, n) -> new TaxRecordsRequest(r.coin(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Futures account records for tax reporting.
     *
     * <p>{@code GET /api/v2/tax/future-record}, signed; rate limit 1 request per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;TaxFuturesRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<TaxFuturesRecord>> getFuturesTransactionRecords(TaxFuturesRecordsRequest request) {
        return call(TaxEndpointsV2.GET_FUTURES_TRANSACTION_RECORDS, request);
    }

    /**
     * Every item of {@link #getFuturesTransactionRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<TaxFuturesRecord> streamFuturesTransactionRecords(TaxFuturesRecordsRequest request) {
        return Pages.byCursor(request, this::getFuturesTransactionRecords, page -> page, page -> page.get(page.size() - 1).id(),
                (r, n) -> new TaxFuturesRecordsRequest(r.productType(), r.marginCoin(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Margin account records for tax reporting.
     *
     * <p>{@code GET /api/v2/tax/margin-record}, signed; rate limit 1 request per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;TaxMarginRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<TaxMarginRecord>> getMarginTransactionRecords(TaxMarginRecordsRequest request) {
        return call(TaxEndpointsV2.GET_MARGIN_TRANSACTION_RECORDS, request);
    }

    /**
     * Every item of {@link #getMarginTransactionRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<TaxMarginRecord> streamMarginTransactionRecords(TaxMarginRecordsRequest request) {
        return Pages.byCursor(request, this::getMarginTransactionRecords, page -> page, page -> page.get(page.size() - 1).id(),
                (r, n) -> new TaxMarginRecordsRequest(r.marginType(), r.coin(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * P2P records for tax reporting.
     *
     * <p>{@code GET /api/v2/tax/p2p-record}, signed; rate limit 1 request per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;TaxP2pRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<TaxP2pRecord>> getP2PTransactionRecords(TaxRecordsRequest request) {
        return call(TaxEndpointsV2.GET_P2_P_TRANSACTION_RECORDS, request);
    }

    /**
     * Every item of {@link #getP2PTransactionRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<TaxP2pRecord> streamP2PTransactionRecords(TaxRecordsRequest request) {
        return Pages.byCursor(request, this::getP2PTransactionRecords, page -> page, page -> page.get(page.size() - 1).id(),
                (r, n) -> new TaxRecordsRequest(r.coin(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }
}
