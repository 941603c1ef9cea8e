// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the loan order query; all optional.
 *
 * @param orderId Bitget's order ID (optional, sent as {@code orderId})
 * @param startTime start of the time range (optional, sent as {@code startTime})
 * @param endTime end of the time range (optional, sent as {@code endTime})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotLoanOrderRequest(
        @Nullable String orderId,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "startTime", "endTime");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotLoanOrderRequest {
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's order ID (optional, sent as {@code orderId})
     * @param startTime start of the time range (optional, sent as {@code startTime})
     * @param endTime end of the time range (optional, sent as {@code endTime})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotLoanOrderRequest(@Nullable String orderId, @Nullable Instant startTime, @Nullable Instant endTime) {
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
    public SpotLoanOrderRequest withExtraParam(String name, Object value) {
        return new SpotLoanOrderRequest(orderId, startTime, endTime, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets ; the rest stay unset.
     *
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotLoanOrderRequest all() {
        return new SpotLoanOrderRequest(null, null, null, Map.of());
    }
}
