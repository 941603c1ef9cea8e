// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot merged depth query.
 *
 * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
 * @param precision grouping step; a step the symbol lacks falls back to its largest (optional, sent as {@code precision})
 * @param limit levels per side: 1, 5, 15, 50 or max (Bitget's default 100) (optional, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotMergeDepthRequest(
        String symbol,
        @Nullable SpotMergePrecision precision,
        @Nullable String limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "precision", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotMergeDepthRequest {
        Require.text(symbol, "symbol");
        Require.knownIfPresent(precision, "precision");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param precision grouping step; a step the symbol lacks falls back to its largest (optional, sent as {@code precision})
     * @param limit levels per side: 1, 5, 15, 50 or max (Bitget's default 100) (optional, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotMergeDepthRequest(String symbol, @Nullable SpotMergePrecision precision, @Nullable String limit) {
        this(symbol, precision, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotMergeDepthRequest withExtraParam(String name, Object value) {
        return new SpotMergeDepthRequest(symbol, precision, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets symbol; the rest stay unset.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotMergeDepthRequest of(String symbol) {
        return new SpotMergeDepthRequest(symbol, null, null, Map.of());
    }
}
