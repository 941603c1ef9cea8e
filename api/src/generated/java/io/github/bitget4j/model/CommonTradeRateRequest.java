// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

import io.github.bitget4j.internal.json.Require;
import java.util.List;
import java.util.Map;

/**
 * Names a symbol and product line.
 *
 * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
 * @param businessType spot, margin or mix (futures) (required, sent as {@code businessType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CommonTradeRateRequest(
        String symbol,
        CommonBusinessType businessType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "businessType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CommonTradeRateRequest {
        Require.text(symbol, "symbol");
        Require.known(businessType, "businessType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param businessType spot, margin or mix (futures) (required, sent as {@code businessType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CommonTradeRateRequest(String symbol, CommonBusinessType businessType) {
        this(symbol, businessType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CommonTradeRateRequest withExtraParam(String name, Object value) {
        return new CommonTradeRateRequest(symbol, businessType, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param businessType spot, margin or mix (futures) (required, sent as {@code businessType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CommonTradeRateRequest of(String symbol, CommonBusinessType businessType) {
        return new CommonTradeRateRequest(symbol, businessType, Map.of());
    }
}
