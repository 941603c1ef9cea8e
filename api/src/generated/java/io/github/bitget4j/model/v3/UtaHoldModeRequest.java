// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * A new position mode.
 *
 * @param holdMode hold mode, one of {@code one_way_mode}, {@code hedge_mode} (required, sent as {@code holdMode})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaHoldModeRequest(
        UtaHoldMode holdMode,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("holdMode");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaHoldModeRequest {
        Require.known(holdMode, "holdMode");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param holdMode hold mode, one of {@code one_way_mode}, {@code hedge_mode} (required, sent as {@code holdMode})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaHoldModeRequest(UtaHoldMode holdMode) {
        this(holdMode, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaHoldModeRequest withExtraParam(String name, Object value) {
        return new UtaHoldModeRequest(holdMode, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param holdMode hold mode, one of {@code one_way_mode}, {@code hedge_mode} (required, sent as {@code holdMode})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaHoldModeRequest of(UtaHoldMode holdMode) {
        return new UtaHoldModeRequest(holdMode, Map.of());
    }
}
