// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one V2 spot plan order.
 *
 * @param planOrderId Bitget's id of the plan order (required, sent as {@code planOrderId})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotPlanSubOrderRequest(
        String planOrderId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("planOrderId");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotPlanSubOrderRequest {
        Require.text(planOrderId, "planOrderId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param planOrderId Bitget's id of the plan order (required, sent as {@code planOrderId})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotPlanSubOrderRequest(String planOrderId) {
        this(planOrderId, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotPlanSubOrderRequest withExtraParam(String name, Object value) {
        return new SpotPlanSubOrderRequest(planOrderId, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param planOrderId Bitget's id of the plan order (required, sent as {@code planOrderId})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotPlanSubOrderRequest of(String planOrderId) {
        return new SpotPlanSubOrderRequest(planOrderId, Map.of());
    }
}
