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
 * @param idList repayIds from flash repay, comma-separated (required, sent as {@code idList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginFlashRepayStatusRequest(
        @PathParam("marginType") MarginMode marginType,
        String idList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "idList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginFlashRepayStatusRequest {
        Require.known(marginType, "marginType");
        Require.text(idList, "idList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
     * @param idList repayIds from flash repay, comma-separated (required, sent as {@code idList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginFlashRepayStatusRequest(MarginMode marginType, String idList) {
        this(marginType, idList, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public MarginFlashRepayStatusRequest withExtraParam(String name, Object value) {
        return new MarginFlashRepayStatusRequest(marginType, idList, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
     * @param idList repayIds from flash repay, comma-separated (required, sent as {@code idList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static MarginFlashRepayStatusRequest of(MarginMode marginType, String idList) {
        return new MarginFlashRepayStatusRequest(marginType, idList, Map.of());
    }
}
