// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Optional filter by one symbol.
 *
 * @param symbol optional; e.g. BTCUSDT; unset for all.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSymbolFilterRequest(
        @Nullable String symbol,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaSymbolFilterRequest {
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaSymbolFilterRequest(@Nullable String symbol) {
        this(symbol, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaSymbolFilterRequest withExtraParam(String name, Object value) {
        return new UtaSymbolFilterRequest(symbol, Require.withExtra(extraParams, name, value));
    }
}
