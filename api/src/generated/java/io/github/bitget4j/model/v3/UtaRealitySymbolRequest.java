// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one real stock token symbol.
 *
 * @param symbol e.g. rAAPLUSDT (required, sent as {@code symbol})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaRealitySymbolRequest(
        String symbol,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaRealitySymbolRequest {
        Require.text(symbol, "symbol");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. rAAPLUSDT (required, sent as {@code symbol})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaRealitySymbolRequest(String symbol) {
        this(symbol, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaRealitySymbolRequest withExtraParam(String name, Object value) {
        return new UtaRealitySymbolRequest(symbol, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets symbol; the rest stay unset.
     *
     * @param symbol e.g. rAAPLUSDT (required, sent as {@code symbol})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaRealitySymbolRequest of(String symbol) {
        return new UtaRealitySymbolRequest(symbol, Map.of());
    }
}
