// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One position to move.
 *
 * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
 * @param side the side traded by the source account (required, sent as {@code side})
 * @param qty quantity in the base coin (required, greater than 0, sent as {@code qty})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaMovePositionItem(
        String symbol,
        Side side,
        BigDecimal qty,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "side", "qty");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaMovePositionItem {
        Require.text(symbol, "symbol");
        Require.known(side, "side");
        Require.present(qty, "qty");
        Require.positiveIfPresent(qty, "qty");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param side the side traded by the source account (required, sent as {@code side})
     * @param qty quantity in the base coin (required, greater than 0, sent as {@code qty})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaMovePositionItem(String symbol, Side side, BigDecimal qty) {
        this(symbol, side, qty, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaMovePositionItem withExtraParam(String name, Object value) {
        return new UtaMovePositionItem(symbol, side, qty, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param side the side traded by the source account (required, sent as {@code side})
     * @param qty quantity in the base coin (required, greater than 0, sent as {@code qty})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaMovePositionItem of(String symbol, Side side, BigDecimal qty) {
        return new UtaMovePositionItem(symbol, side, qty, Map.of());
    }
}
