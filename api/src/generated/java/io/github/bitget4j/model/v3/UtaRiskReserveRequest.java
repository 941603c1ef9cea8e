// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 risk reserve queries.
 *
 * @param category a futures category (required, sent as {@code category})
 * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
 * @param marginCoin settlement coin, e.g. USDT (optional, sent as {@code marginCoin})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaRiskReserveRequest(
        Category category,
        String symbol,
        @Nullable String marginCoin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "marginCoin");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaRiskReserveRequest {
        Require.known(category, "category");
        Require.text(symbol, "symbol");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category a futures category (required, sent as {@code category})
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param marginCoin settlement coin, e.g. USDT (optional, sent as {@code marginCoin})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaRiskReserveRequest(Category category, String symbol, @Nullable String marginCoin) {
        this(category, symbol, marginCoin, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaRiskReserveRequest withExtraParam(String name, Object value) {
        return new UtaRiskReserveRequest(category, symbol, marginCoin, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param category a futures category (required, sent as {@code category})
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaRiskReserveRequest of(Category category, String symbol) {
        return new UtaRiskReserveRequest(category, symbol, null, Map.of());
    }
}
