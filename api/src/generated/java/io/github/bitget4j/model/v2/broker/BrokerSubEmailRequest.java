// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param subUid required
 * @param subaccountEmail required
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerSubEmailRequest(
        String subUid,
        String subaccountEmail,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "subaccountEmail");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerSubEmailRequest {
        Require.text(subUid, "subUid");
        Require.text(subaccountEmail, "subaccountEmail");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerSubEmailRequest(String subUid, String subaccountEmail) {
        this(subUid, subaccountEmail, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerSubEmailRequest withExtraParam(String name, Object value) {
        return new BrokerSubEmailRequest(subUid, subaccountEmail, Require.withExtra(extraParams, name, value));
    }

    /** Sets subUid, subaccountEmail; the rest stay unset. */
    public static BrokerSubEmailRequest of(String subUid, String subaccountEmail) {
        return new BrokerSubEmailRequest(subUid, subaccountEmail, Map.of());
    }
}
