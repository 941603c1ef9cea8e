// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the repayment history query; all optional.
 *
 * @param startTime earliest repayment, Unix milliseconds (optional, sent as {@code startTime})
 * @param endTime latest repayment, Unix milliseconds (optional, sent as {@code endTime})
 * @param limit at most this many records (optional, greater than 0, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaInsLoanRepaidHistoryRequest(
        @Nullable Long startTime,
        @Nullable Long endTime,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaInsLoanRepaidHistoryRequest {
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param startTime earliest repayment, Unix milliseconds (optional, sent as {@code startTime})
     * @param endTime latest repayment, Unix milliseconds (optional, sent as {@code endTime})
     * @param limit at most this many records (optional, greater than 0, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaInsLoanRepaidHistoryRequest(@Nullable Long startTime, @Nullable Long endTime, @Nullable Integer limit) {
        this(startTime, endTime, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaInsLoanRepaidHistoryRequest withExtraParam(String name, Object value) {
        return new UtaInsLoanRepaidHistoryRequest(startTime, endTime, limit, Require.withExtra(extraParams, name, value));
    }
}
