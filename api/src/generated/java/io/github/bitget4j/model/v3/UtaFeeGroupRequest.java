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
 * @param category required; SPOT or FUTURES.
 * @param group optional; one group; unset for all.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaFeeGroupRequest(
        UtaFeeGroupCategory category,
        @Nullable UtaFeeGroup group,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "group");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaFeeGroupRequest {
        Require.known(category, "category");
        Require.knownIfPresent(group, "group");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaFeeGroupRequest(UtaFeeGroupCategory category, @Nullable UtaFeeGroup group) {
        this(category, group, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaFeeGroupRequest withExtraParam(String name, Object value) {
        return new UtaFeeGroupRequest(category, group, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static UtaFeeGroupRequest of(UtaFeeGroupCategory category) {
        return new UtaFeeGroupRequest(category, null, Map.of());
    }
}
