// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * A new broker sub-account.
 *
 * @param subaccountName the sub-account name (required, sent as {@code subaccountName})
 * @param label a note for the sub-account (required, sent as {@code label})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaBrokerCreateSubRequest(
        String subaccountName,
        String label,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subaccountName", "label");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBrokerCreateSubRequest {
        Require.text(subaccountName, "subaccountName");
        Require.text(label, "label");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subaccountName the sub-account name (required, sent as {@code subaccountName})
     * @param label a note for the sub-account (required, sent as {@code label})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBrokerCreateSubRequest(String subaccountName, String label) {
        this(subaccountName, label, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaBrokerCreateSubRequest withExtraParam(String name, Object value) {
        return new UtaBrokerCreateSubRequest(subaccountName, label, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param subaccountName the sub-account name (required, sent as {@code subaccountName})
     * @param label a note for the sub-account (required, sent as {@code label})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaBrokerCreateSubRequest of(String subaccountName, String label) {
        return new UtaBrokerCreateSubRequest(subaccountName, label, Map.of());
    }
}
