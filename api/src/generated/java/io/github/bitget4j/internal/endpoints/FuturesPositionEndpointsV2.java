// Generated from codegen/model/v2/futures-position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.futures.FuturesAdlRank;
import io.github.bitget4j.model.v2.futures.FuturesHistoricPositions;
import io.github.bitget4j.model.v2.futures.FuturesPosition;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.FuturesPositionApiV2}. */
public final class FuturesPositionEndpointsV2 {

    /** {@code GET /api/v2/mix/position/single-position}. */
    public static final Endpoint<List<FuturesPosition>> GET_FUTURES_POSITION =
            Endpoint.getList("/api/v2/mix/position/single-position", PRIVATE, FuturesPosition.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "marginCoin");

    /** {@code GET /api/v2/mix/position/all-position}. */
    public static final Endpoint<List<FuturesPosition>> GET_FUTURES_POSITIONS =
            Endpoint.getList("/api/v2/mix/position/all-position", PRIVATE, FuturesPosition.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productType", "marginCoin");

    /** {@code GET /api/v2/mix/position/history-position}. */
    public static final Endpoint<FuturesHistoricPositions> GET_FUTURES_HISTORIC_POSITIONS =
            Endpoint.get("/api/v2/mix/position/history-position", PRIVATE, FuturesHistoricPositions.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "idLessThan", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/mix/position/adlRank}. */
    public static final Endpoint<List<FuturesAdlRank>> GET_FUTURES_POSITION_ADL_RANK =
            Endpoint.getList("/api/v2/mix/position/adlRank", PRIVATE, FuturesAdlRank.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productType");

    private FuturesPositionEndpointsV2() {
    }
}
