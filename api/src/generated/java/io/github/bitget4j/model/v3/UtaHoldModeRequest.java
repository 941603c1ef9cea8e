// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * A new position mode.
 *
 * @param holdMode required
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaHoldModeRequest(
        UtaHoldMode holdMode,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("holdMode");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaHoldModeRequest {
        Require.known(holdMode, "holdMode");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaHoldModeRequest(UtaHoldMode holdMode) {
        this(holdMode, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaHoldModeRequest withExtraParam(String name, Object value) {
        return new UtaHoldModeRequest(holdMode, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static UtaHoldModeRequest of(UtaHoldMode holdMode) {
        return new UtaHoldModeRequest(holdMode, Map.of());
    }
}
