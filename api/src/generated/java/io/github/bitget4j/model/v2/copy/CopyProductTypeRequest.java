// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

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
public record CopyProductTypeRequest(
        CopyProductType productType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productType");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyProductTypeRequest {
        Require.known(productType, "productType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyProductTypeRequest(CopyProductType productType) {
        this(productType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyProductTypeRequest withExtraParam(String name, Object value) {
        return new CopyProductTypeRequest(productType, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static CopyProductTypeRequest of(CopyProductType productType) {
        return new CopyProductTypeRequest(productType, Map.of());
    }
}
