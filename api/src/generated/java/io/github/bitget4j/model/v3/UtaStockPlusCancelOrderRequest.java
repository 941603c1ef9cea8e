// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Cancels one Stock+ order.
 *
 * @param symbol e.g. AAPL.US (required, sent as {@code symbol})
 * @param orderId Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
 * @param clientOid your id (optional, sent as {@code clientOid})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusCancelOrderRequest(
        String symbol,
        @Nullable String orderId,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "orderId", "clientOid");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusCancelOrderRequest {
        Require.text(symbol, "symbol");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. AAPL.US (required, sent as {@code symbol})
     * @param orderId Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
     * @param clientOid your id (optional, sent as {@code clientOid})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusCancelOrderRequest(String symbol, @Nullable String orderId, @Nullable String clientOid) {
        this(symbol, orderId, clientOid, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaStockPlusCancelOrderRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusCancelOrderRequest(symbol, orderId, clientOid, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param symbol e.g. AAPL.US (required, sent as {@code symbol})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaStockPlusCancelOrderRequest of(String symbol) {
        return new UtaStockPlusCancelOrderRequest(symbol, null, null, Map.of());
    }

    /**
     * Sets symbol, orderId; the rest stay unset.
     *
     * @param symbol e.g. AAPL.US (required, sent as {@code symbol})
     * @param orderId Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaStockPlusCancelOrderRequest byOrderId(String symbol, String orderId) {
        return new UtaStockPlusCancelOrderRequest(symbol, Require.text(orderId, "orderId"), null, Map.of());
    }

    /**
     * Sets symbol, clientOid; the rest stay unset.
     *
     * @param symbol e.g. AAPL.US (required, sent as {@code symbol})
     * @param clientOid your id (optional, sent as {@code clientOid})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaStockPlusCancelOrderRequest byClientOid(String symbol, String clientOid) {
        return new UtaStockPlusCancelOrderRequest(symbol, null, Require.text(clientOid, "clientOid"), Map.of());
    }
}
