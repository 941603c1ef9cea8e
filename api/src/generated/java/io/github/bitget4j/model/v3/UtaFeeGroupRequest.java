// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 fee group query.
 *
 * @param category SPOT or FUTURES (required, sent as {@code category})
 * @param group one group; unset for all (optional, sent as {@code group})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaFeeGroupRequest(
        UtaFeeGroupCategory category,
        @Nullable UtaFeeGroup group,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "group");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaFeeGroupRequest {
        Require.known(category, "category");
        Require.knownIfPresent(group, "group");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category SPOT or FUTURES (required, sent as {@code category})
     * @param group one group; unset for all (optional, sent as {@code group})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaFeeGroupRequest(UtaFeeGroupCategory category, @Nullable UtaFeeGroup group) {
        this(category, group, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaFeeGroupRequest withExtraParam(String name, Object value) {
        return new UtaFeeGroupRequest(category, group, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param category SPOT or FUTURES (required, sent as {@code category})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaFeeGroupRequest of(UtaFeeGroupCategory category) {
        return new UtaFeeGroupRequest(category, null, Map.of());
    }
}
