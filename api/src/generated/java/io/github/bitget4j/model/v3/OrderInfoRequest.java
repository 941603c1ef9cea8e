// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Looks up one V3 order.
 *
 * @param orderId Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
 * @param clientOid your id (optional, sent as {@code clientOid})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record OrderInfoRequest(
        @Nullable String orderId,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "clientOid");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public OrderInfoRequest {
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
     * @param clientOid your id (optional, sent as {@code clientOid})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public OrderInfoRequest(@Nullable String orderId, @Nullable String clientOid) {
        this(orderId, clientOid, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public OrderInfoRequest withExtraParam(String name, Object value) {
        return new OrderInfoRequest(orderId, clientOid, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets orderId; the rest stay unset.
     *
     * @param orderId Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static OrderInfoRequest byOrderId(String orderId) {
        return new OrderInfoRequest(Require.text(orderId, "orderId"), null, Map.of());
    }

    /**
     * Sets clientOid; the rest stay unset.
     *
     * @param clientOid your id (optional, sent as {@code clientOid})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static OrderInfoRequest byClientOid(String clientOid) {
        return new OrderInfoRequest(null, Require.text(clientOid, "clientOid"), Map.of());
    }
}
