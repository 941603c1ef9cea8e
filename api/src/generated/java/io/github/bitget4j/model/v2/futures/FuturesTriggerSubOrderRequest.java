// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param planType required
 * @param planOrderId required
 * @param productType required
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesTriggerSubOrderRequest(
        FuturesPlanOrderType planType,
        String planOrderId,
        ProductType productType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("planType", "planOrderId", "productType");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesTriggerSubOrderRequest {
        Require.known(planType, "planType");
        Require.text(planOrderId, "planOrderId");
        Require.known(productType, "productType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesTriggerSubOrderRequest(FuturesPlanOrderType planType, String planOrderId, ProductType productType) {
        this(planType, planOrderId, productType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesTriggerSubOrderRequest withExtraParam(String name, Object value) {
        return new FuturesTriggerSubOrderRequest(planType, planOrderId, productType, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static FuturesTriggerSubOrderRequest of(FuturesPlanOrderType planType, String planOrderId, ProductType productType) {
        return new FuturesTriggerSubOrderRequest(planType, planOrderId, productType, Map.of());
    }
}
