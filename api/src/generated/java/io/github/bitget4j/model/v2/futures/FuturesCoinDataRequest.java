// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param symbol required
 * @param period optional; e.g. 5m, 1h, 1d.
 * @param coin optional; base or quote coin of the symbol.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesCoinDataRequest(
        String symbol,
        @Nullable String period,
        @Nullable String coin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "period", "coin");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesCoinDataRequest {
        Require.text(symbol, "symbol");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesCoinDataRequest(String symbol, @Nullable String period, @Nullable String coin) {
        this(symbol, period, coin, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesCoinDataRequest withExtraParam(String name, Object value) {
        return new FuturesCoinDataRequest(symbol, period, coin, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol; the rest stay unset. */
    public static FuturesCoinDataRequest of(String symbol) {
        return new FuturesCoinDataRequest(symbol, null, null, Map.of());
    }
}
