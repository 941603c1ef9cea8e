// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param period e.g. 5m, 15m, 1h, 4h, 1d; default 5m (optional, sent as {@code period})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesDataRequest(
        String symbol,
        @Nullable String period,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "period");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesDataRequest {
        Require.text(symbol, "symbol");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param period e.g. 5m, 15m, 1h, 4h, 1d; default 5m (optional, sent as {@code period})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesDataRequest(String symbol, @Nullable String period) {
        this(symbol, period, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesDataRequest withExtraParam(String name, Object value) {
        return new FuturesDataRequest(symbol, period, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets symbol; the rest stay unset.
     *
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static FuturesDataRequest of(String symbol) {
        return new FuturesDataRequest(symbol, null, Map.of());
    }
}
