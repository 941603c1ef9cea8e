// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.PathParam;
import io.github.bitget4j.model.v3.MarginMode;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param orderList order list (a list) (required, not empty, sent as {@code orderList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginBatchOrderRequest(
        @PathParam("marginType") MarginMode marginType,
        String symbol,
        List<MarginBatchOrderItem> orderList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "symbol", "orderList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginBatchOrderRequest {
        Require.known(marginType, "marginType");
        Require.text(symbol, "symbol");
        orderList = Require.nonEmpty(orderList, "orderList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param orderList order list (a list) (required, not empty, sent as {@code orderList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginBatchOrderRequest(MarginMode marginType, String symbol, List<MarginBatchOrderItem> orderList) {
        this(marginType, symbol, orderList, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public MarginBatchOrderRequest withExtraParam(String name, Object value) {
        return new MarginBatchOrderRequest(marginType, symbol, orderList, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param orderList order list (a list) (required, not empty, sent as {@code orderList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static MarginBatchOrderRequest of(MarginMode marginType, String symbol, List<MarginBatchOrderItem> orderList) {
        return new MarginBatchOrderRequest(marginType, symbol, orderList, Map.of());
    }
}
