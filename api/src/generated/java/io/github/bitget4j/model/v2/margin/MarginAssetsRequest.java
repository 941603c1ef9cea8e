// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.PathParam;
import io.github.bitget4j.model.v3.MarginMode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
 * @param coin crossed: one coin; unset for all (optional, sent as {@code coin})
 * @param symbol isolated: one symbol; unset for all (optional, sent as {@code symbol})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginAssetsRequest(
        @PathParam("marginType") MarginMode marginType,
        @Nullable String coin,
        @Nullable String symbol,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "coin", "symbol");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginAssetsRequest {
        Require.known(marginType, "marginType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
     * @param coin crossed: one coin; unset for all (optional, sent as {@code coin})
     * @param symbol isolated: one symbol; unset for all (optional, sent as {@code symbol})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginAssetsRequest(MarginMode marginType, @Nullable String coin, @Nullable String symbol) {
        this(marginType, coin, symbol, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public MarginAssetsRequest withExtraParam(String name, Object value) {
        return new MarginAssetsRequest(marginType, coin, symbol, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static MarginAssetsRequest of(MarginMode marginType) {
        return new MarginAssetsRequest(marginType, null, null, Map.of());
    }
}
