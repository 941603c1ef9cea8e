// Generated from codegen/model/v3/position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.UtaAdlRank;
import io.github.bitget4j.model.v3.UtaPositionHistory;
import io.github.bitget4j.model.v3.UtaPositions;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.PositionApiV3}. */
public final class PositionEndpointsV3 {

    /** {@code GET /api/v3/position/current-position}. */
    public static final Endpoint<UtaPositions> GET_CURRENT_POSITION =
            Endpoint.get("/api/v3/position/current-position", PRIVATE, UtaPositions.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol", "posSide");

    /** {@code GET /api/v3/position/history-position}. */
    public static final Endpoint<UtaPositionHistory> GET_POSITION_HISTORY =
            Endpoint.get("/api/v3/position/history-position", PRIVATE, UtaPositionHistory.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol", "startTime", "endTime", "limit", "cursor");

    /** {@code GET /api/v3/position/adlRank}. */
    public static final Endpoint<List<UtaAdlRank>> GET_POSITION_ADL_RANK =
            Endpoint.getList("/api/v3/position/adlRank", PRIVATE, UtaAdlRank.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    private PositionEndpointsV3() {
    }
}
