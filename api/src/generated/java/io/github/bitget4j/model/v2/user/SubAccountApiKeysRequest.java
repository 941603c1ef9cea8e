// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param subAccountUid required
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SubAccountApiKeysRequest(
        String subAccountUid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subAccountUid");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SubAccountApiKeysRequest {
        Require.text(subAccountUid, "subAccountUid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SubAccountApiKeysRequest(String subAccountUid) {
        this(subAccountUid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SubAccountApiKeysRequest withExtraParam(String name, Object value) {
        return new SubAccountApiKeysRequest(subAccountUid, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static SubAccountApiKeysRequest of(String subAccountUid) {
        return new SubAccountApiKeysRequest(subAccountUid, Map.of());
    }
}
