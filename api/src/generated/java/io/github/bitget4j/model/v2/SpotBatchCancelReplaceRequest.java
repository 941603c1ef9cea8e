// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Several V2 spot cancel-replace orders.
 *
 * @param orderList required; the orders, at most 50.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotBatchCancelReplaceRequest(
        List<SpotCancelReplaceRequest> orderList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderList");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotBatchCancelReplaceRequest {
        orderList = Require.nonEmpty(orderList, "orderList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotBatchCancelReplaceRequest(List<SpotCancelReplaceRequest> orderList) {
        this(orderList, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotBatchCancelReplaceRequest withExtraParam(String name, Object value) {
        return new SpotBatchCancelReplaceRequest(orderList, Require.withExtra(extraParams, name, value));
    }

    /** Sets orderList; the rest stay unset. */
    public static SpotBatchCancelReplaceRequest of(List<SpotCancelReplaceRequest> orderList) {
        return new SpotBatchCancelReplaceRequest(orderList, Map.of());
    }
}
