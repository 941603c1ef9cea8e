// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A payment method an ad accepts.
 *
 * @param payMethodId the payment method id, from getP2pPayMethods (required, sent as {@code payMethodId})
 * @param userPayMethodId your own collection account of that method; required on a sell ad (optional, sent as {@code userPayMethodId})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaP2pPayMethodRef(
        String payMethodId,
        @Nullable String userPayMethodId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("payMethodId", "userPayMethodId");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaP2pPayMethodRef {
        Require.text(payMethodId, "payMethodId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param payMethodId the payment method id, from getP2pPayMethods (required, sent as {@code payMethodId})
     * @param userPayMethodId your own collection account of that method; required on a sell ad (optional, sent as {@code userPayMethodId})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaP2pPayMethodRef(String payMethodId, @Nullable String userPayMethodId) {
        this(payMethodId, userPayMethodId, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaP2pPayMethodRef withExtraParam(String name, Object value) {
        return new UtaP2pPayMethodRef(payMethodId, userPayMethodId, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param payMethodId the payment method id, from getP2pPayMethods (required, sent as {@code payMethodId})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaP2pPayMethodRef of(String payMethodId) {
        return new UtaP2pPayMethodRef(payMethodId, null, Map.of());
    }
}
