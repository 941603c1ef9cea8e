// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Names one real stock token symbol.
 *
 * @param symbol e.g. rAAPLUSDT (required, sent as {@code symbol})
 * @param limit at most this many trades (optional, greater than 0, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaRealityFillsRequest(
        String symbol,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaRealityFillsRequest {
        Require.text(symbol, "symbol");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. rAAPLUSDT (required, sent as {@code symbol})
     * @param limit at most this many trades (optional, greater than 0, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaRealityFillsRequest(String symbol, @Nullable Integer limit) {
        this(symbol, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaRealityFillsRequest withExtraParam(String name, Object value) {
        return new UtaRealityFillsRequest(symbol, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets symbol; the rest stay unset.
     *
     * @param symbol e.g. rAAPLUSDT (required, sent as {@code symbol})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaRealityFillsRequest of(String symbol) {
        return new UtaRealityFillsRequest(symbol, null, Map.of());
    }
}
