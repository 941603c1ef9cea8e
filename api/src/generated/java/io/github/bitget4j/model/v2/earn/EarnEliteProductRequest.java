// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param productId product id (required, sent as {@code productId})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnEliteProductRequest(
        String productId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productId");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnEliteProductRequest {
        Require.text(productId, "productId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param productId product id (required, sent as {@code productId})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnEliteProductRequest(String productId) {
        this(productId, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnEliteProductRequest withExtraParam(String name, Object value) {
        return new EarnEliteProductRequest(productId, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param productId product id (required, sent as {@code productId})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnEliteProductRequest of(String productId) {
        return new EarnEliteProductRequest(productId, Map.of());
    }
}
