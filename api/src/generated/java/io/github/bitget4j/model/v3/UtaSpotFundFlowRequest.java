// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 spot fund flow query.
 *
 * @param symbol required; e.g. BTCUSDT.
 * @param period optional; window as Bitget spells it.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSpotFundFlowRequest(
        String symbol,
        @Nullable String period,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "period");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaSpotFundFlowRequest {
        Require.text(symbol, "symbol");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaSpotFundFlowRequest(String symbol, @Nullable String period) {
        this(symbol, period, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaSpotFundFlowRequest withExtraParam(String name, Object value) {
        return new UtaSpotFundFlowRequest(symbol, period, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static UtaSpotFundFlowRequest of(String symbol) {
        return new UtaSpotFundFlowRequest(symbol, null, Map.of());
    }
}
