// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 live strategy orders query.
 *
 * @param category the product line (required, sent as {@code category})
 * @param type tpsl or trigger; unset for both (optional, sent as {@code type})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStrategyOrdersRequest(
        Category category,
        @Nullable UtaStrategyType type,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "type");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStrategyOrdersRequest {
        Require.known(category, "category");
        Require.knownIfPresent(type, "type");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category the product line (required, sent as {@code category})
     * @param type tpsl or trigger; unset for both (optional, sent as {@code type})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStrategyOrdersRequest(Category category, @Nullable UtaStrategyType type) {
        this(category, type, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaStrategyOrdersRequest withExtraParam(String name, Object value) {
        return new UtaStrategyOrdersRequest(category, type, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param category the product line (required, sent as {@code category})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaStrategyOrdersRequest of(Category category) {
        return new UtaStrategyOrdersRequest(category, null, Map.of());
    }

    /**
     * Sets category, type; the rest stay unset.
     *
     * @param category the product line (required, sent as {@code category})
     * @param type tpsl or trigger; unset for both (optional, sent as {@code type})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaStrategyOrdersRequest of(Category category, UtaStrategyType type) {
        return new UtaStrategyOrdersRequest(category, Require.present(type, "type"), Map.of());
    }
}
