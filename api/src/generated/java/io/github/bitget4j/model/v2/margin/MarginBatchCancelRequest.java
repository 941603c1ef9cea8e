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
 * @param marginType required; crossed or isolated.
 * @param symbol required
 * @param orderIdList required; each by orderId or clientOid.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginBatchCancelRequest(
        @PathParam("marginType") MarginMode marginType,
        String symbol,
        List<MarginOrderRef> orderIdList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "symbol", "orderIdList");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public MarginBatchCancelRequest {
        Require.known(marginType, "marginType");
        Require.text(symbol, "symbol");
        orderIdList = Require.nonEmpty(orderIdList, "orderIdList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public MarginBatchCancelRequest(MarginMode marginType, String symbol, List<MarginOrderRef> orderIdList) {
        this(marginType, symbol, orderIdList, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public MarginBatchCancelRequest withExtraParam(String name, Object value) {
        return new MarginBatchCancelRequest(marginType, symbol, orderIdList, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static MarginBatchCancelRequest of(MarginMode marginType, String symbol, List<MarginOrderRef> orderIdList) {
        return new MarginBatchCancelRequest(marginType, symbol, orderIdList, Map.of());
    }
}
