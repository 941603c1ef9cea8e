// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param productType required
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesProductTypeRequest(
        ProductType productType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productType");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesProductTypeRequest {
        Require.known(productType, "productType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesProductTypeRequest(ProductType productType) {
        this(productType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesProductTypeRequest withExtraParam(String name, Object value) {
        return new FuturesProductTypeRequest(productType, Require.withExtra(extraParams, name, value));
    }

    /** Sets productType; the rest stay unset. */
    public static FuturesProductTypeRequest of(ProductType productType) {
        return new FuturesProductTypeRequest(productType, Map.of());
    }
}
