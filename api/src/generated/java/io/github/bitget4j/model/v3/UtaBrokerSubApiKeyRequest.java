// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names the sub-account.
 *
 * @param subUid the sub-account uid (required, sent as {@code subUid})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaBrokerSubApiKeyRequest(
        String subUid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBrokerSubApiKeyRequest {
        Require.text(subUid, "subUid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subUid the sub-account uid (required, sent as {@code subUid})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBrokerSubApiKeyRequest(String subUid) {
        this(subUid, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaBrokerSubApiKeyRequest withExtraParam(String name, Object value) {
        return new UtaBrokerSubApiKeyRequest(subUid, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param subUid the sub-account uid (required, sent as {@code subUid})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaBrokerSubApiKeyRequest of(String subUid) {
        return new UtaBrokerSubApiKeyRequest(subUid, Map.of());
    }
}
