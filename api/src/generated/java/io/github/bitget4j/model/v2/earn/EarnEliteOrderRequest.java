// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param orderId order id returned by the subscription (required, sent as {@code orderId})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnEliteOrderRequest(
        String orderId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnEliteOrderRequest {
        Require.text(orderId, "orderId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId order id returned by the subscription (required, sent as {@code orderId})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnEliteOrderRequest(String orderId) {
        this(orderId, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnEliteOrderRequest withExtraParam(String name, Object value) {
        return new EarnEliteOrderRequest(orderId, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param orderId order id returned by the subscription (required, sent as {@code orderId})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnEliteOrderRequest of(String orderId) {
        return new EarnEliteOrderRequest(orderId, Map.of());
    }
}
