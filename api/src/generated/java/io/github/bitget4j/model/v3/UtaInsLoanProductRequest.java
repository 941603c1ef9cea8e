// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one institutional-loan product.
 *
 * @param productId the product id (required, sent as {@code productId})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaInsLoanProductRequest(
        String productId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productId");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaInsLoanProductRequest {
        Require.text(productId, "productId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param productId the product id (required, sent as {@code productId})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaInsLoanProductRequest(String productId) {
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
    public UtaInsLoanProductRequest withExtraParam(String name, Object value) {
        return new UtaInsLoanProductRequest(productId, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param productId the product id (required, sent as {@code productId})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaInsLoanProductRequest of(String productId) {
        return new UtaInsLoanProductRequest(productId, Map.of());
    }
}
