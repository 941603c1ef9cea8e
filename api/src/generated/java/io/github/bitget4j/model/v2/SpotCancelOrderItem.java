// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One order of a V2 spot batch cancel.
 *
 * @param symbol the order's symbol; required only in multiple-mode batches (optional, sent as {@code symbol})
 * @param orderId Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
 * @param clientOid your id (optional, sent as {@code clientOid})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotCancelOrderItem(
        @Nullable String symbol,
        @Nullable String orderId,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "orderId", "clientOid");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotCancelOrderItem {
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol the order's symbol; required only in multiple-mode batches (optional, sent as {@code symbol})
     * @param orderId Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
     * @param clientOid your id (optional, sent as {@code clientOid})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotCancelOrderItem(@Nullable String symbol, @Nullable String orderId, @Nullable String clientOid) {
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
    public SpotCancelOrderItem withExtraParam(String name, Object value) {
        return new SpotCancelOrderItem(symbol, orderId, clientOid, Require.withExtra(extraParams, name, value));
    }
}
