// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which plan orders to cancel; all optional.
 *
 * @param symbolList symbols whose plan orders go; unset for every symbol (optional, sent as {@code symbolList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotCancelPlanOrdersRequest(
        @Nullable List<String> symbolList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbolList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotCancelPlanOrdersRequest {
        symbolList = Require.listIfPresent(symbolList, "symbolList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbolList symbols whose plan orders go; unset for every symbol (optional, sent as {@code symbolList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotCancelPlanOrdersRequest(@Nullable List<String> symbolList) {
        this(symbolList, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotCancelPlanOrdersRequest withExtraParam(String name, Object value) {
        return new SpotCancelPlanOrdersRequest(symbolList, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets symbolList; the rest stay unset.
     *
     * @param symbolList symbols whose plan orders go; unset for every symbol (optional, sent as {@code symbolList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotCancelPlanOrdersRequest of(List<String> symbolList) {
        return new SpotCancelPlanOrdersRequest(Require.present(symbolList, "symbolList"), Map.of());
    }
}
