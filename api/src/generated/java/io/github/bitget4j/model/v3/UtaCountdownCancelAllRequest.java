// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Arms, resets or disarms the V3 countdown cancel (enabled by Bitget on request).
 *
 * @param countdown seconds, 5 to 60; 0 disarms the switch (required, at least 0, at most 60, sent as {@code countdown})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCountdownCancelAllRequest(
        Integer countdown,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("countdown");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCountdownCancelAllRequest {
        Require.present(countdown, "countdown");
        Require.atLeast(countdown, "countdown", "0");
        Require.atMost(countdown, "countdown", "60");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param countdown seconds, 5 to 60; 0 disarms the switch (required, at least 0, at most 60, sent as {@code countdown})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCountdownCancelAllRequest(Integer countdown) {
        this(countdown, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaCountdownCancelAllRequest withExtraParam(String name, Object value) {
        return new UtaCountdownCancelAllRequest(countdown, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param countdown seconds, 5 to 60; 0 disarms the switch (required, at least 0, at most 60, sent as {@code countdown})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaCountdownCancelAllRequest of(Integer countdown) {
        return new UtaCountdownCancelAllRequest(countdown, Map.of());
    }
}
