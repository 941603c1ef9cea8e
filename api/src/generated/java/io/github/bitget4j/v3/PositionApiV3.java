// Generated from codegen/model/v3/position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.PositionEndpointsV3;
import io.github.bitget4j.model.v3.UtaAdlRank;
import io.github.bitget4j.model.v3.UtaClosedPosition;
import io.github.bitget4j.model.v3.UtaPositionHistory;
import io.github.bitget4j.model.v3.UtaPositionHistoryRequest;
import io.github.bitget4j.model.v3.UtaPositions;
import io.github.bitget4j.model.v3.UtaPositionsRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Positions (V3 unified trading account). Private: needs credentials.
 */
public interface PositionApiV3 extends EndpointCaller {

    /**
     * Open futures positions of a category, a symbol or one side.
     *
     * <p>{@code GET /api/v3/position/current-position}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaPositions}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaPositions> getCurrentPosition(UtaPositionsRequest request) {
        return call(PositionEndpointsV3.GET_CURRENT_POSITION, request);
    }

    /**
     * Closed futures positions of the last 90 days, one page.
     *
     * <p>{@code GET /api/v3/position/history-position}, signed; rate limit 20 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaPositionHistory}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaPositionHistory> getPositionHistory(UtaPositionHistoryRequest request) {
        return call(PositionEndpointsV3.GET_POSITION_HISTORY, request);
    }

    /**
     * Every item of {@link #getPositionHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaClosedPosition> streamPositionHistory(UtaPositionHistoryRequest request) {
        return Pages.byCursor(request, this::getPositionHistory, page -> page.list(), page -> page.cursor(),
                (r, n) -> new UtaPositionHistoryRequest(r.category(), r.symbol(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Where each position stands in the auto-deleveraging queue.
     *
     * <p>{@code GET /api/v3/position/adlRank}, signed; rate limit 1 request per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaAdlRank&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaAdlRank>> getPositionAdlRank() {
        return call(PositionEndpointsV3.GET_POSITION_ADL_RANK, null);
    }
}
