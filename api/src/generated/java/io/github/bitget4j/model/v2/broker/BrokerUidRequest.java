// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param uid uid (required, sent as {@code uid})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerUidRequest(
        String uid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("uid");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerUidRequest {
        Require.text(uid, "uid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param uid uid (required, sent as {@code uid})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerUidRequest(String uid) {
        this(uid, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public BrokerUidRequest withExtraParam(String name, Object value) {
        return new BrokerUidRequest(uid, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets uid; the rest stay unset.
     *
     * @param uid uid (required, sent as {@code uid})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static BrokerUidRequest of(String uid) {
        return new BrokerUidRequest(uid, Map.of());
    }
}
