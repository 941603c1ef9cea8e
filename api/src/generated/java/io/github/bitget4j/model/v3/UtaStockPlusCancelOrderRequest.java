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
 * @param symbol required; e.g. AAPL.US.
 * @param orderId optional; Bitget's id; this or clientOid is required.
 * @param clientOid optional; your id.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusCancelOrderRequest(
        String symbol,
        @Nullable String orderId,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "orderId", "clientOid");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaStockPlusCancelOrderRequest {
        Require.text(symbol, "symbol");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaStockPlusCancelOrderRequest(String symbol, @Nullable String orderId, @Nullable String clientOid) {
        this(symbol, orderId, clientOid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaStockPlusCancelOrderRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusCancelOrderRequest(symbol, orderId, clientOid, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static UtaStockPlusCancelOrderRequest of(String symbol) {
        return new UtaStockPlusCancelOrderRequest(symbol, null, null, Map.of());
    }

    /** Sets symbol, orderId; the rest stay unset. */
    public static UtaStockPlusCancelOrderRequest byOrderId(String symbol, String orderId) {
        return new UtaStockPlusCancelOrderRequest(symbol, Require.text(orderId, "orderId"), null, Map.of());
    }

    /** Sets symbol, clientOid; the rest stay unset. */
    public static UtaStockPlusCancelOrderRequest byClientOid(String symbol, String clientOid) {
        return new UtaStockPlusCancelOrderRequest(symbol, null, Require.text(clientOid, "clientOid"), Map.of());
    }
}
