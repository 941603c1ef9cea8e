// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of past fills; all optional.
 *
 * @param symbol optional; e.g. AAPL.US.
 * @param startAt optional; earliest fill, as Bitget counts time (presumably Unix milliseconds).
 * @param endAt optional; latest fill, same unit.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusHistoryExecutionsRequest(
        @Nullable String symbol,
        @Nullable Long startAt,
        @Nullable Long endAt,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "startAt", "endAt");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaStockPlusHistoryExecutionsRequest {
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaStockPlusHistoryExecutionsRequest(@Nullable String symbol, @Nullable Long startAt, @Nullable Long endAt) {
        this(symbol, startAt, endAt, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaStockPlusHistoryExecutionsRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusHistoryExecutionsRequest(symbol, startAt, endAt, Require.withExtra(extraParams, name, value));
    }
}
