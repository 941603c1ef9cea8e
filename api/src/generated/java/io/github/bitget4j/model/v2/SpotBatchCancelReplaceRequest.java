// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Several V2 spot cancel-replace orders.
 *
 * @param orderList the orders, at most 50 (required, not empty, sent as {@code orderList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotBatchCancelReplaceRequest(
        List<SpotCancelReplaceRequest> orderList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotBatchCancelReplaceRequest {
        orderList = Require.nonEmpty(orderList, "orderList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderList the orders, at most 50 (required, not empty, sent as {@code orderList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotBatchCancelReplaceRequest(List<SpotCancelReplaceRequest> orderList) {
        this(orderList, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotBatchCancelReplaceRequest withExtraParam(String name, Object value) {
        return new SpotBatchCancelReplaceRequest(orderList, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets orderList; the rest stay unset.
     *
     * @param orderList the orders, at most 50 (required, not empty, sent as {@code orderList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotBatchCancelReplaceRequest of(List<SpotCancelReplaceRequest> orderList) {
        return new SpotBatchCancelReplaceRequest(orderList, Map.of());
    }
}
