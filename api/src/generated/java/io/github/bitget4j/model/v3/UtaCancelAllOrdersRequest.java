// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which V3 open orders to cancel.
 *
 * @param category required; the product line.
 * @param symbol optional; e.g. BTCUSDT; unset for the whole category.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCancelAllOrdersRequest(
        Category category,
        @Nullable String symbol,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaCancelAllOrdersRequest {
        Require.known(category, "category");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaCancelAllOrdersRequest(Category category, @Nullable String symbol) {
        this(category, symbol, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaCancelAllOrdersRequest withExtraParam(String name, Object value) {
        return new UtaCancelAllOrdersRequest(category, symbol, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static UtaCancelAllOrdersRequest of(Category category) {
        return new UtaCancelAllOrdersRequest(category, null, Map.of());
    }

    /** Sets category, symbol; the rest stay unset. */
    public static UtaCancelAllOrdersRequest of(Category category, String symbol) {
        return new UtaCancelAllOrdersRequest(category, Require.text(symbol, "symbol"), Map.of());
    }
}
