// Generated from codegen/model/v2/futures-position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.FuturesPositionEndpointsV2;
import io.github.bitget4j.model.v2.futures.FuturesAdlRank;
import io.github.bitget4j.model.v2.futures.FuturesAdlRankRequest;
import io.github.bitget4j.model.v2.futures.FuturesHistoricPosition;
import io.github.bitget4j.model.v2.futures.FuturesHistoricPositions;
import io.github.bitget4j.model.v2.futures.FuturesHistoricPositionsRequest;
import io.github.bitget4j.model.v2.futures.FuturesPosition;
import io.github.bitget4j.model.v2.futures.FuturesPositionRequest;
import io.github.bitget4j.model.v2.futures.FuturesPositionsRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Futures positions (V2): open positions, position history, ADL rank.
 */
public interface FuturesPositionApiV2 extends EndpointCaller {

    /**
     * Reads the position(s) held on one symbol.
     *
     * <p>{@code GET /api/v2/mix/position/single-position}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesPosition&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesPosition>> getFuturesPosition(FuturesPositionRequest request) {
        return call(FuturesPositionEndpointsV2.GET_FUTURES_POSITION, request);
    }

    /**
     * Lists every open position of a product type.
     *
     * <p>{@code GET /api/v2/mix/position/all-position}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesPosition&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesPosition>> getFuturesPositions(FuturesPositionsRequest request) {
        return call(FuturesPositionEndpointsV2.GET_FUTURES_POSITIONS, request);
    }

    /**
     * Lists closed positions (last three months).
     *
     * <p>{@code GET /api/v2/mix/position/history-position}, signed; rate limit 20 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesHistoricPositions}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesHistoricPositions> getFuturesHistoricPositions(FuturesHistoricPositionsRequest request) {
        return call(FuturesPositionEndpointsV2.GET_FUTURES_HISTORIC_POSITIONS, request);
    }

    /**
     * Every item of {@link #getFuturesHistoricPositions}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<FuturesHistoricPosition> streamFuturesHistoricPositions(FuturesHistoricPositionsRequest request) {
        return Pages.byCursor(request, this::getFuturesHistoricPositions, page -> page.list(), page -> page.endId(),
                (r, n) -> new FuturesHistoricPositionsRequest(r.symbol(), r.productType(), n, r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Lists closed positions (last three months).
     *
     * <p>{@code GET /api/v2/mix/position/history-position}, signed; rate limit 20 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code FuturesHistoricPositions}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesHistoricPositions> getFuturesHistoricPositions() {
        return getFuturesHistoricPositions(new FuturesHistoricPositionsRequest(null, null, null, null, null, null));
    }

    /**
     * Reads the ADL rank of each open position.
     *
     * <p>{@code GET /api/v2/mix/position/adlRank}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesAdlRank&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesAdlRank>> getFuturesPositionAdlRank(FuturesAdlRankRequest request) {
        return call(FuturesPositionEndpointsV2.GET_FUTURES_POSITION_ADL_RANK, request);
    }
}
