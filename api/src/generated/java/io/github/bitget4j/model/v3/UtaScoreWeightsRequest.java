// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 score weight query; all optional.
 *
 * @param category SPOT or FUTURES; unset for both (optional, sent as {@code category})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaScoreWeightsRequest(
        @Nullable UtaFeeGroupCategory category,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaScoreWeightsRequest {
        Require.knownIfPresent(category, "category");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category SPOT or FUTURES; unset for both (optional, sent as {@code category})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaScoreWeightsRequest(@Nullable UtaFeeGroupCategory category) {
        this(category, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaScoreWeightsRequest withExtraParam(String name, Object value) {
        return new UtaScoreWeightsRequest(category, Require.withExtra(extraParams, name, value));
    }
}
