// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one P2P order.
 *
 * @param orderId the order id (required, sent as {@code orderId})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaP2pOrderIdRequest(
        String orderId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaP2pOrderIdRequest {
        Require.text(orderId, "orderId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId the order id (required, sent as {@code orderId})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaP2pOrderIdRequest(String orderId) {
        this(orderId, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaP2pOrderIdRequest withExtraParam(String name, Object value) {
        return new UtaP2pOrderIdRequest(orderId, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param orderId the order id (required, sent as {@code orderId})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaP2pOrderIdRequest of(String orderId) {
        return new UtaP2pOrderIdRequest(orderId, Map.of());
    }
}
