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
 * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
 * @param type price aggregation step, step0 (none, Bitget's default) to step5 (optional, sent as {@code type})
 * @param limit levels per side (Bitget's default 100, maximum 150) (optional, greater than 0, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotOrderBookRequest(
        String symbol,
        @Nullable String type,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "type", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotOrderBookRequest {
        Require.text(symbol, "symbol");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param type price aggregation step, step0 (none, Bitget's default) to step5 (optional, sent as {@code type})
     * @param limit levels per side (Bitget's default 100, maximum 150) (optional, greater than 0, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotOrderBookRequest(String symbol, @Nullable String type, @Nullable Integer limit) {
        this(symbol, type, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotOrderBookRequest withExtraParam(String name, Object value) {
        return new SpotOrderBookRequest(symbol, type, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotOrderBookRequest of(String symbol) {
        return new SpotOrderBookRequest(symbol, null, null, Map.of());
    }

    /**
     * Sets symbol, limit; the rest stay unset.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param limit levels per side (Bitget's default 100, maximum 150) (optional, greater than 0, sent as {@code limit})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotOrderBookRequest of(String symbol, Integer limit) {
        return new SpotOrderBookRequest(symbol, null, Require.present(limit, "limit"), Map.of());
    }
}
