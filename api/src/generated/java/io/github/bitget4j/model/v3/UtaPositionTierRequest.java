// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 position tier query.
 *
 * @param category MARGIN or a futures category (required, sent as {@code category})
 * @param symbol futures: e.g. BTCUSDT (optional, sent as {@code symbol})
 * @param coin margin: e.g. BTC (optional, sent as {@code coin})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaPositionTierRequest(
        Category category,
        @Nullable String symbol,
        @Nullable String coin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "coin");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaPositionTierRequest {
        Require.known(category, "category");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category MARGIN or a futures category (required, sent as {@code category})
     * @param symbol futures: e.g. BTCUSDT (optional, sent as {@code symbol})
     * @param coin margin: e.g. BTC (optional, sent as {@code coin})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaPositionTierRequest(Category category, @Nullable String symbol, @Nullable String coin) {
        this(category, symbol, coin, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaPositionTierRequest withExtraParam(String name, Object value) {
        return new UtaPositionTierRequest(category, symbol, coin, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param category MARGIN or a futures category (required, sent as {@code category})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaPositionTierRequest of(Category category) {
        return new UtaPositionTierRequest(category, null, null, Map.of());
    }
}
