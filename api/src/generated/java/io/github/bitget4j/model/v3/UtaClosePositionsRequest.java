// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which V3 futures positions to close at market.
 *
 * @param category a futures category: USDT-FUTURES, COIN-FUTURES or USDC-FUTURES (required, sent as {@code category})
 * @param symbol e.g. BTCUSDT; unset to close every position of the category (optional, sent as {@code symbol})
 * @param posSide long or short; unset for both sides (optional, sent as {@code posSide})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaClosePositionsRequest(
        Category category,
        @Nullable String symbol,
        @Nullable PositionSide posSide,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "posSide");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaClosePositionsRequest {
        Require.known(category, "category");
        Require.knownIfPresent(posSide, "posSide");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category a futures category: USDT-FUTURES, COIN-FUTURES or USDC-FUTURES (required, sent as {@code category})
     * @param symbol e.g. BTCUSDT; unset to close every position of the category (optional, sent as {@code symbol})
     * @param posSide long or short; unset for both sides (optional, sent as {@code posSide})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaClosePositionsRequest(Category category, @Nullable String symbol, @Nullable PositionSide posSide) {
        this(category, symbol, posSide, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaClosePositionsRequest withExtraParam(String name, Object value) {
        return new UtaClosePositionsRequest(category, symbol, posSide, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param category a futures category: USDT-FUTURES, COIN-FUTURES or USDC-FUTURES (required, sent as {@code category})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaClosePositionsRequest of(Category category) {
        return new UtaClosePositionsRequest(category, null, null, Map.of());
    }

    /**
     * Sets category, symbol; the rest stay unset.
     *
     * @param category a futures category: USDT-FUTURES, COIN-FUTURES or USDC-FUTURES (required, sent as {@code category})
     * @param symbol e.g. BTCUSDT; unset to close every position of the category (optional, sent as {@code symbol})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaClosePositionsRequest of(Category category, String symbol) {
        return new UtaClosePositionsRequest(category, Require.text(symbol, "symbol"), null, Map.of());
    }
}
