// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param subaccountName prefix of the generated user name (required, sent as {@code subaccountName})
 * @param label note, shorter than 20 characters (optional, sent as {@code label})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerCreateSubRequest(
        String subaccountName,
        @Nullable String label,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subaccountName", "label");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerCreateSubRequest {
        Require.text(subaccountName, "subaccountName");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subaccountName prefix of the generated user name (required, sent as {@code subaccountName})
     * @param label note, shorter than 20 characters (optional, sent as {@code label})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerCreateSubRequest(String subaccountName, @Nullable String label) {
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
    public BrokerCreateSubRequest withExtraParam(String name, Object value) {
        return new BrokerCreateSubRequest(subaccountName, label, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param subaccountName prefix of the generated user name (required, sent as {@code subaccountName})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static BrokerCreateSubRequest of(String subaccountName) {
        return new BrokerCreateSubRequest(subaccountName, null, Map.of());
    }
}
