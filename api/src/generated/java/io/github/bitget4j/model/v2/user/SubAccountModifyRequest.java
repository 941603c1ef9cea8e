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
 * @param permList required; spot_trade, margin_trade, contract_trade, read.
 * @param status required; normal or freeze.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SubAccountModifyRequest(
        String subAccountUid,
        List<String> permList,
        SubAccountStatus status,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subAccountUid", "permList", "status");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SubAccountModifyRequest {
        Require.text(subAccountUid, "subAccountUid");
        permList = Require.nonEmpty(permList, "permList");
        Require.known(status, "status");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SubAccountModifyRequest(String subAccountUid, List<String> permList, SubAccountStatus status) {
        this(subAccountUid, permList, status, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SubAccountModifyRequest withExtraParam(String name, Object value) {
        return new SubAccountModifyRequest(subAccountUid, permList, status, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static SubAccountModifyRequest of(String subAccountUid, List<String> permList, SubAccountStatus status) {
        return new SubAccountModifyRequest(subAccountUid, permList, status, Map.of());
    }
}
