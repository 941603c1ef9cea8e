// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names an Elite product.
 *
 * @param productId required; the product id.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaEarnProductRequest(
        String productId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productId");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaEarnProductRequest {
        Require.text(productId, "productId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaEarnProductRequest(String productId) {
        this(productId, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaEarnProductRequest withExtraParam(String name, Object value) {
        return new UtaEarnProductRequest(productId, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static UtaEarnProductRequest of(String productId) {
        return new UtaEarnProductRequest(productId, Map.of());
    }
}
