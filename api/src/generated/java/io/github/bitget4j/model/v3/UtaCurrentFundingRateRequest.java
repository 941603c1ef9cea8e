// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 current funding rate query.
 *
 * @param symbol required; e.g. BTCUSDT.
 * @param category optional; a futures category, when you want to name it.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCurrentFundingRateRequest(
        String symbol,
        @Nullable Category category,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "category");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaCurrentFundingRateRequest {
        Require.text(symbol, "symbol");
        Require.knownIfPresent(category, "category");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaCurrentFundingRateRequest(String symbol, @Nullable Category category) {
        this(symbol, category, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaCurrentFundingRateRequest withExtraParam(String name, Object value) {
        return new UtaCurrentFundingRateRequest(symbol, category, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static UtaCurrentFundingRateRequest of(String symbol) {
        return new UtaCurrentFundingRateRequest(symbol, null, Map.of());
    }
}
