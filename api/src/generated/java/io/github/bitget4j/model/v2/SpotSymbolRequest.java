// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one V2 spot symbol.
 *
 * @param symbol required; e.g. BTCUSDT.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotSymbolRequest(
        String symbol,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotSymbolRequest {
        Require.text(symbol, "symbol");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotSymbolRequest(String symbol) {
        this(symbol, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotSymbolRequest withExtraParam(String name, Object value) {
        return new SpotSymbolRequest(symbol, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static SpotSymbolRequest of(String symbol) {
        return new SpotSymbolRequest(symbol, Map.of());
    }
}
