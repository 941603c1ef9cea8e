// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one trader.
 *
 * @param traderId the trader's user id (required, sent as {@code traderId})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyTraderIdRequest(
        String traderId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("traderId");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyTraderIdRequest {
        Require.text(traderId, "traderId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param traderId the trader's user id (required, sent as {@code traderId})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyTraderIdRequest(String traderId) {
        this(traderId, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopyTraderIdRequest withExtraParam(String name, Object value) {
        return new CopyTraderIdRequest(traderId, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param traderId the trader's user id (required, sent as {@code traderId})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CopyTraderIdRequest of(String traderId) {
        return new CopyTraderIdRequest(traderId, Map.of());
    }
}
