// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of today's fills; all optional.
 *
 * @param symbol optional; e.g. AAPL.US.
 * @param orderId optional; one order.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusTodayExecutionsRequest(
        @Nullable String symbol,
        @Nullable String orderId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "orderId");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaStockPlusTodayExecutionsRequest {
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaStockPlusTodayExecutionsRequest(@Nullable String symbol, @Nullable String orderId) {
        this(symbol, orderId, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaStockPlusTodayExecutionsRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusTodayExecutionsRequest(symbol, orderId, Require.withExtra(extraParams, name, value));
    }
}
