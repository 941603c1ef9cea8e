// Generated from codegen/model/v2/earn-sharkfin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param orderId required; order id returned by the subscription.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnSharkfinOrderRequest(
        String orderId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public EarnSharkfinOrderRequest {
        Require.text(orderId, "orderId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public EarnSharkfinOrderRequest(String orderId) {
        this(orderId, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public EarnSharkfinOrderRequest withExtraParam(String name, Object value) {
        return new EarnSharkfinOrderRequest(orderId, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static EarnSharkfinOrderRequest of(String orderId) {
        return new EarnSharkfinOrderRequest(orderId, Map.of());
    }
}
