// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.UtaCopyCurrentFollowers;
import io.github.bitget4j.model.v3.UtaCopyHistoryFollowers;
import io.github.bitget4j.model.v3.UtaCopyMaxTransferable;
import io.github.bitget4j.model.v3.UtaCopyPositionSummary;
import io.github.bitget4j.model.v3.UtaCopyProfitDetails;
import io.github.bitget4j.model.v3.UtaCopyProfitSummary;
import io.github.bitget4j.model.v3.UtaCopyTradingPair;
import io.github.bitget4j.model.v3.UtaCopyTransferRecords;
import io.github.bitget4j.model.v3.UtaCopyTransferResult;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.CopyTradingApiV3}. */
public final class CopyTradingEndpointsV3 {

    /** {@code POST /api/v3/copy/futures/transfer}. */
    public static final Endpoint<UtaCopyTransferResult> COPY_FUTURES_TRANSFER =
            Endpoint.post("/api/v3/copy/futures/transfer", PRIVATE, UtaCopyTransferResult.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("type", "coin", "amount", "inAccountType");

    /** {@code GET /api/v3/copy/futures/max-transferable}. */
    public static final Endpoint<UtaCopyMaxTransferable> GET_COPY_FUTURES_MAX_TRANSFERABLE =
            Endpoint.get("/api/v3/copy/futures/max-transferable", PRIVATE, UtaCopyMaxTransferable.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin");

    /** {@code GET /api/v3/copy/futures/transfer-record}. */
    public static final Endpoint<UtaCopyTransferRecords> GET_COPY_FUTURES_TRANSFER_RECORDS =
            Endpoint.get("/api/v3/copy/futures/transfer-record", PRIVATE, UtaCopyTransferRecords.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "limit", "cursor");

    /** {@code GET /api/v3/copy/futures/trading-pairs}. */
    public static final Endpoint<List<UtaCopyTradingPair>> GET_COPY_FUTURES_TRADING_PAIRS =
            Endpoint.getList("/api/v3/copy/futures/trading-pairs", PRIVATE, UtaCopyTradingPair.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v3/copy/futures/position-summary}. */
    public static final Endpoint<List<UtaCopyPositionSummary>> GET_COPY_FUTURES_POSITION_SUMMARY =
            Endpoint.getList("/api/v3/copy/futures/position-summary", PRIVATE, UtaCopyPositionSummary.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v3/copy/futures/current-follower}. */
    public static final Endpoint<UtaCopyCurrentFollowers> GET_COPY_FUTURES_CURRENT_FOLLOWERS =
            Endpoint.get("/api/v3/copy/futures/current-follower", PRIVATE, UtaCopyCurrentFollowers.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("limit", "cursor");

    /** {@code GET /api/v3/copy/futures/history-follower}. */
    public static final Endpoint<UtaCopyHistoryFollowers> GET_COPY_FUTURES_HISTORY_FOLLOWERS =
            Endpoint.get("/api/v3/copy/futures/history-follower", PRIVATE, UtaCopyHistoryFollowers.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("limit", "cursor");

    /** {@code GET /api/v3/copy/futures/profit-summary}. */
    public static final Endpoint<UtaCopyProfitSummary> GET_COPY_FUTURES_PROFIT_SUMMARY =
            Endpoint.get("/api/v3/copy/futures/profit-summary", PRIVATE, UtaCopyProfitSummary.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v3/copy/futures/profit-details}. */
    public static final Endpoint<UtaCopyProfitDetails> GET_COPY_FUTURES_PROFIT_DETAILS =
            Endpoint.get("/api/v3/copy/futures/profit-details", PRIVATE, UtaCopyProfitDetails.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "limit", "cursor");

    private CopyTradingEndpointsV3() {
    }
}
