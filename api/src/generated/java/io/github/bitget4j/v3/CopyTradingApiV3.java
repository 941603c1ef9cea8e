// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.CopyTradingEndpointsV3;
import io.github.bitget4j.model.v3.UtaCopyCurrentFollowers;
import io.github.bitget4j.model.v3.UtaCopyFollowersRequest;
import io.github.bitget4j.model.v3.UtaCopyHistoryFollowers;
import io.github.bitget4j.model.v3.UtaCopyMaxTransferable;
import io.github.bitget4j.model.v3.UtaCopyMaxTransferableRequest;
import io.github.bitget4j.model.v3.UtaCopyPositionSummary;
import io.github.bitget4j.model.v3.UtaCopyProfitDetail;
import io.github.bitget4j.model.v3.UtaCopyProfitDetails;
import io.github.bitget4j.model.v3.UtaCopyProfitDetailsRequest;
import io.github.bitget4j.model.v3.UtaCopyProfitSummary;
import io.github.bitget4j.model.v3.UtaCopyTradingPair;
import io.github.bitget4j.model.v3.UtaCopyTransferRecords;
import io.github.bitget4j.model.v3.UtaCopyTransferRecordsRequest;
import io.github.bitget4j.model.v3.UtaCopyTransferRequest;
import io.github.bitget4j.model.v3.UtaCopyTransferResult;
import java.util.List;
import java.util.stream.Stream;

/**
 * Futures copy trading for lead traders of the unified account (V3): lead account, followers, profit sharing. Private: needs credentials.
 */
public interface CopyTradingApiV3 extends EndpointCaller {

    /**
     * Moves funds into or out of the copy-trading lead account.
     *
     * <p>{@code POST /api/v3/copy/futures/transfer}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaCopyTransferResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaCopyTransferResult> copyFuturesTransfer(UtaCopyTransferRequest request) {
        return call(CopyTradingEndpointsV3.COPY_FUTURES_TRANSFER, request);
    }

    /**
     * What can leave the lead account.
     *
     * <p>{@code GET /api/v3/copy/futures/max-transferable}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaCopyMaxTransferable}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaCopyMaxTransferable> getCopyFuturesMaxTransferable(UtaCopyMaxTransferableRequest request) {
        return call(CopyTradingEndpointsV3.GET_COPY_FUTURES_MAX_TRANSFERABLE, request);
    }

    /**
     * Transfers of the lead account, one page.
     *
     * <p>{@code GET /api/v3/copy/futures/transfer-record}, signed; rate limit 1 request per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaCopyTransferRecords}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaCopyTransferRecords> getCopyFuturesTransferRecords(UtaCopyTransferRecordsRequest request) {
        return call(CopyTradingEndpointsV3.GET_COPY_FUTURES_TRANSFER_RECORDS, request);
    }

    /**
     * Transfers of the lead account, one page.
     *
     * <p>{@code GET /api/v3/copy/futures/transfer-record}, signed; rate limit 1 request per second per UID; paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaCopyTransferRecords}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaCopyTransferRecords> getCopyFuturesTransferRecords() {
        return getCopyFuturesTransferRecords(new UtaCopyTransferRecordsRequest(null, null, null, null));
    }

    /**
     * Symbols open to lead trading.
     *
     * <p>{@code GET /api/v3/copy/futures/trading-pairs}, signed; rate limit 5 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaCopyTradingPair&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaCopyTradingPair>> getCopyFuturesTradingPairs() {
        return call(CopyTradingEndpointsV3.GET_COPY_FUTURES_TRADING_PAIRS, null);
    }

    /**
     * The lead trader's open positions.
     *
     * <p>{@code GET /api/v3/copy/futures/position-summary}, signed; rate limit 5 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaCopyPositionSummary&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaCopyPositionSummary>> getCopyFuturesPositionSummary() {
        return call(CopyTradingEndpointsV3.GET_COPY_FUTURES_POSITION_SUMMARY, null);
    }

    /**
     * The traders following now, one page.
     *
     * <p>{@code GET /api/v3/copy/futures/current-follower}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaCopyCurrentFollowers}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaCopyCurrentFollowers> getCopyFuturesCurrentFollowers(UtaCopyFollowersRequest request) {
        return call(CopyTradingEndpointsV3.GET_COPY_FUTURES_CURRENT_FOLLOWERS, request);
    }

    /**
     * The traders following now, one page.
     *
     * <p>{@code GET /api/v3/copy/futures/current-follower}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaCopyCurrentFollowers}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaCopyCurrentFollowers> getCopyFuturesCurrentFollowers() {
        return getCopyFuturesCurrentFollowers(new UtaCopyFollowersRequest(null, null));
    }

    /**
     * The traders that followed before, one page.
     *
     * <p>{@code GET /api/v3/copy/futures/history-follower}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaCopyHistoryFollowers}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaCopyHistoryFollowers> getCopyFuturesHistoryFollowers(UtaCopyFollowersRequest request) {
        return call(CopyTradingEndpointsV3.GET_COPY_FUTURES_HISTORY_FOLLOWERS, request);
    }

    /**
     * The traders that followed before, one page.
     *
     * <p>{@code GET /api/v3/copy/futures/history-follower}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaCopyHistoryFollowers}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaCopyHistoryFollowers> getCopyFuturesHistoryFollowers() {
        return getCopyFuturesHistoryFollowers(new UtaCopyFollowersRequest(null, null));
    }

    /**
     * The lead trader's profit sharing in total.
     *
     * <p>{@code GET /api/v3/copy/futures/profit-summary}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaCopyProfitSummary}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaCopyProfitSummary> getCopyFuturesProfitSummary() {
        return call(CopyTradingEndpointsV3.GET_COPY_FUTURES_PROFIT_SUMMARY, null);
    }

    /**
     * Profit sharing details, one page.
     *
     * <p>{@code GET /api/v3/copy/futures/profit-details}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaCopyProfitDetails}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaCopyProfitDetails> getCopyFuturesProfitDetails(UtaCopyProfitDetailsRequest request) {
        return call(CopyTradingEndpointsV3.GET_COPY_FUTURES_PROFIT_DETAILS, request);
    }

    /**
     * Every item of {@link #getCopyFuturesProfitDetails}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaCopyProfitDetail> streamCopyFuturesProfitDetails(UtaCopyProfitDetailsRequest request) {
        return Pages.byCursor(request, this::getCopyFuturesProfitDetails, page -> page.list(), page -> page.nextCursor(),
                (r, n) -> new UtaCopyProfitDetailsRequest(r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Profit sharing details, one page.
     *
     * <p>{@code GET /api/v3/copy/futures/profit-details}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaCopyProfitDetails}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaCopyProfitDetails> getCopyFuturesProfitDetails() {
        return getCopyFuturesProfitDetails(new UtaCopyProfitDetailsRequest(null, null, null, null));
    }
}
