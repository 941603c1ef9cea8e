// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the loan repayment query; all optional.
 *
 * @param startTime optional
 * @param endTime optional
 * @param limit optional; at most this many (Bitget's default 100).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotLoanRepaidHistoryRequest(
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotLoanRepaidHistoryRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotLoanRepaidHistoryRequest(@Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit) {
        this(startTime, endTime, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotLoanRepaidHistoryRequest withExtraParam(String name, Object value) {
        return new SpotLoanRepaidHistoryRequest(startTime, endTime, limit, Require.withExtra(extraParams, name, value));
    }

    /** Sets ; the rest stay unset. */
    public static SpotLoanRepaidHistoryRequest all() {
        return new SpotLoanRepaidHistoryRequest(null, null, null, Map.of());
    }
}
