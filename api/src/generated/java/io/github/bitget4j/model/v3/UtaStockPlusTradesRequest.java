// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the latest trades query.
 *
 * @param symbol e.g. AAPL.US (required, sent as {@code symbol})
 * @param count at most this many trades (optional, greater than 0, sent as {@code count})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusTradesRequest(
        String symbol,
        @Nullable Integer count,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "count");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusTradesRequest {
        Require.text(symbol, "symbol");
        Require.positiveIfPresent(count, "count");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. AAPL.US (required, sent as {@code symbol})
     * @param count at most this many trades (optional, greater than 0, sent as {@code count})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusTradesRequest(String symbol, @Nullable Integer count) {
        this(symbol, count, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaStockPlusTradesRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusTradesRequest(symbol, count, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param symbol e.g. AAPL.US (required, sent as {@code symbol})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaStockPlusTradesRequest of(String symbol) {
        return new UtaStockPlusTradesRequest(symbol, null, Map.of());
    }
}
