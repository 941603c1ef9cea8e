// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

import io.github.bitget4j.internal.json.Require;
import java.util.List;
import java.util.Map;

/**
 * Names a product line.
 *
 * @param businessType required; spot, margin or mix (futures).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CommonAllTradeRatesRequest(
        CommonBusinessType businessType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("businessType");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CommonAllTradeRatesRequest {
        Require.known(businessType, "businessType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CommonAllTradeRatesRequest(CommonBusinessType businessType) {
        this(businessType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CommonAllTradeRatesRequest withExtraParam(String name, Object value) {
        return new CommonAllTradeRatesRequest(businessType, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static CommonAllTradeRatesRequest of(CommonBusinessType businessType) {
        return new CommonAllTradeRatesRequest(businessType, Map.of());
    }
}
