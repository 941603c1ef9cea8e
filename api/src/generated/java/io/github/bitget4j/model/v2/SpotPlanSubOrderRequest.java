// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one V2 spot plan order.
 *
 * @param planOrderId required; Bitget's id of the plan order.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotPlanSubOrderRequest(
        String planOrderId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("planOrderId");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotPlanSubOrderRequest {
        Require.text(planOrderId, "planOrderId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotPlanSubOrderRequest(String planOrderId) {
        this(planOrderId, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotPlanSubOrderRequest withExtraParam(String name, Object value) {
        return new SpotPlanSubOrderRequest(planOrderId, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static SpotPlanSubOrderRequest of(String planOrderId) {
        return new SpotPlanSubOrderRequest(planOrderId, Map.of());
    }
}
