// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the loan order query; all optional.
 *
 * @param orderId one loan order (optional, sent as {@code orderId})
 * @param startTime earliest loan time, Unix milliseconds (optional, sent as {@code startTime})
 * @param endTime latest loan time, Unix milliseconds (optional, sent as {@code endTime})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaInsLoanOrderRequest(
        @Nullable String orderId,
        @Nullable Long startTime,
        @Nullable Long endTime,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "startTime", "endTime");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaInsLoanOrderRequest {
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId one loan order (optional, sent as {@code orderId})
     * @param startTime earliest loan time, Unix milliseconds (optional, sent as {@code startTime})
     * @param endTime latest loan time, Unix milliseconds (optional, sent as {@code endTime})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaInsLoanOrderRequest(@Nullable String orderId, @Nullable Long startTime, @Nullable Long endTime) {
        this(orderId, startTime, endTime, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaInsLoanOrderRequest withExtraParam(String name, Object value) {
        return new UtaInsLoanOrderRequest(orderId, startTime, endTime, Require.withExtra(extraParams, name, value));
    }
}
