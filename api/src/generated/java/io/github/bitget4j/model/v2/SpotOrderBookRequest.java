// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot order book (merged depth) query.
 *
 * @param symbol required; e.g. BTCUSDT.
 * @param type optional; price aggregation step, step0 (none, Bitget's default) to step5.
 * @param limit optional; levels per side (Bitget's default 100, maximum 150).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotOrderBookRequest(
        String symbol,
        @Nullable String type,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "type", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotOrderBookRequest {
        Require.text(symbol, "symbol");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotOrderBookRequest(String symbol, @Nullable String type, @Nullable Integer limit) {
        this(symbol, type, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotOrderBookRequest withExtraParam(String name, Object value) {
        return new SpotOrderBookRequest(symbol, type, limit, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static SpotOrderBookRequest of(String symbol) {
        return new SpotOrderBookRequest(symbol, null, null, Map.of());
    }

    /** Sets symbol, limit; the rest stay unset. */
    public static SpotOrderBookRequest of(String symbol, Integer limit) {
        return new SpotOrderBookRequest(symbol, null, Require.present(limit, "limit"), Map.of());
    }
}
