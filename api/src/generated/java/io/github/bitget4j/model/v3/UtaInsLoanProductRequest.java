// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one institutional-loan product.
 *
 * @param productId required; the product id.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaInsLoanProductRequest(
        String productId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productId");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaInsLoanProductRequest {
        Require.text(productId, "productId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaInsLoanProductRequest(String productId) {
        this(productId, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaInsLoanProductRequest withExtraParam(String name, Object value) {
        return new UtaInsLoanProductRequest(productId, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static UtaInsLoanProductRequest of(String productId) {
        return new UtaInsLoanProductRequest(productId, Map.of());
    }
}
