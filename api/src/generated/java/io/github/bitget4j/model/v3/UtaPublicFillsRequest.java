// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 recent public trades query.
 *
 * @param category the product line (required, sent as {@code category})
 * @param symbol e.g. BTCUSDT (optional, sent as {@code symbol})
 * @param limit at most this many trades (optional, greater than 0, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaPublicFillsRequest(
        Category category,
        @Nullable String symbol,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaPublicFillsRequest {
        Require.known(category, "category");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category the product line (required, sent as {@code category})
     * @param symbol e.g. BTCUSDT (optional, sent as {@code symbol})
     * @param limit at most this many trades (optional, greater than 0, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaPublicFillsRequest(Category category, @Nullable String symbol, @Nullable Integer limit) {
        this(category, symbol, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaPublicFillsRequest withExtraParam(String name, Object value) {
        return new UtaPublicFillsRequest(category, symbol, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param category the product line (required, sent as {@code category})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaPublicFillsRequest of(Category category) {
        return new UtaPublicFillsRequest(category, null, null, Map.of());
    }

    /**
     * Sets category, symbol; the rest stay unset.
     *
     * @param category the product line (required, sent as {@code category})
     * @param symbol e.g. BTCUSDT (optional, sent as {@code symbol})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaPublicFillsRequest of(Category category, String symbol) {
        return new UtaPublicFillsRequest(category, Require.text(symbol, "symbol"), null, Map.of());
    }
}
