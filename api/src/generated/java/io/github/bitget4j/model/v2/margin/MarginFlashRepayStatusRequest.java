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
 * @param idList required; repayIds from flash repay, comma-separated.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginFlashRepayStatusRequest(
        @PathParam("marginType") MarginMode marginType,
        String idList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "idList");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public MarginFlashRepayStatusRequest {
        Require.known(marginType, "marginType");
        Require.text(idList, "idList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public MarginFlashRepayStatusRequest(MarginMode marginType, String idList) {
        this(marginType, idList, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public MarginFlashRepayStatusRequest withExtraParam(String name, Object value) {
        return new MarginFlashRepayStatusRequest(marginType, idList, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static MarginFlashRepayStatusRequest of(MarginMode marginType, String idList) {
        return new MarginFlashRepayStatusRequest(marginType, idList, Map.of());
    }
}
