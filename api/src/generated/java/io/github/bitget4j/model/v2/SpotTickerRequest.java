// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot ticker query.
 *
 * @param symbol e.g. BTCUSDT; unset for every symbol (optional, sent as {@code symbol})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotTickerRequest(
        @Nullable String symbol,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotTickerRequest {
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. BTCUSDT; unset for every symbol (optional, sent as {@code symbol})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotTickerRequest(@Nullable String symbol) {
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
    public SpotTickerRequest withExtraParam(String name, Object value) {
        return new SpotTickerRequest(symbol, Require.withExtra(extraParams, name, value));
    }

    /**
     * The ticker of one symbol.
     *
     * @param symbol e.g. BTCUSDT; unset for every symbol (optional, sent as {@code symbol})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotTickerRequest of(String symbol) {
        return new SpotTickerRequest(Require.text(symbol, "symbol"), Map.of());
    }

    /**
     * The tickers of every symbol.
     *
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotTickerRequest all() {
        return new SpotTickerRequest(null, Map.of());
    }
}
