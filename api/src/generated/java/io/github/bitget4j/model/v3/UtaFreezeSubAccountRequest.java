// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Freezes or unfreezes one sub-account.
 *
 * @param subUid the sub-account's uid (required, sent as {@code subUid})
 * @param operation operation, one of {@code freeze}, {@code unfreeze} (required, sent as {@code operation})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaFreezeSubAccountRequest(
        String subUid,
        UtaFreezeOperation operation,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "operation");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaFreezeSubAccountRequest {
        Require.text(subUid, "subUid");
        Require.known(operation, "operation");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subUid the sub-account's uid (required, sent as {@code subUid})
     * @param operation operation, one of {@code freeze}, {@code unfreeze} (required, sent as {@code operation})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaFreezeSubAccountRequest(String subUid, UtaFreezeOperation operation) {
        this(subUid, operation, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaFreezeSubAccountRequest withExtraParam(String name, Object value) {
        return new UtaFreezeSubAccountRequest(subUid, operation, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets subUid, operation; the rest stay unset.
     *
     * @param subUid the sub-account's uid (required, sent as {@code subUid})
     * @param operation operation, one of {@code freeze}, {@code unfreeze} (required, sent as {@code operation})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaFreezeSubAccountRequest of(String subUid, UtaFreezeOperation operation) {
        return new UtaFreezeSubAccountRequest(subUid, operation, Map.of());
    }
}
