// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one stock or option.
 *
 * @param symbol required; e.g. AAPL.US.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusSymbolRequest(
        String symbol,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaStockPlusSymbolRequest {
        Require.text(symbol, "symbol");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaStockPlusSymbolRequest(String symbol) {
        this(symbol, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaStockPlusSymbolRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusSymbolRequest(symbol, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static UtaStockPlusSymbolRequest of(String symbol) {
        return new UtaStockPlusSymbolRequest(symbol, Map.of());
    }
}
