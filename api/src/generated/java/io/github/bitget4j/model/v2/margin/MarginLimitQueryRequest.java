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
 * Crossed calls need coin, isolated calls need symbol.
 *
 * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
 * @param coin required for crossed (optional, sent as {@code coin})
 * @param symbol required for isolated (optional, sent as {@code symbol})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginLimitQueryRequest(
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
    public MarginLimitQueryRequest {
        Require.known(marginType, "marginType");
        Require.requiredWhen(marginType == MarginMode.CROSSED, coin, "coin is required when marginType is crossed");
        Require.requiredWhen(marginType == MarginMode.ISOLATED, symbol, "symbol is required when marginType is isolated");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
     * @param coin required for crossed (optional, sent as {@code coin})
     * @param symbol required for isolated (optional, sent as {@code symbol})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginLimitQueryRequest(MarginMode marginType, @Nullable String coin, @Nullable String symbol) {
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
    public MarginLimitQueryRequest withExtraParam(String name, Object value) {
        return new MarginLimitQueryRequest(marginType, coin, symbol, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static MarginLimitQueryRequest of(MarginMode marginType) {
        return new MarginLimitQueryRequest(marginType, null, null, Map.of());
    }

    /**
     * Sets coin; the rest stay unset. Sets {@code marginType} to {@code crossed}.
     *
     * @param coin required for crossed (optional, sent as {@code coin})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static MarginLimitQueryRequest crossed(String coin) {
        return new MarginLimitQueryRequest(MarginMode.CROSSED, Require.text(coin, "coin"), null, Map.of());
    }

    /**
     * Sets symbol; the rest stay unset. Sets {@code marginType} to {@code isolated}.
     *
     * @param symbol required for isolated (optional, sent as {@code symbol})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static MarginLimitQueryRequest isolated(String symbol) {
        return new MarginLimitQueryRequest(MarginMode.ISOLATED, null, Require.text(symbol, "symbol"), Map.of());
    }
}
