// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param subAccountList required; aliases: 8 English letters each, globally unique.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SubAccountCreateRequest(
        List<String> subAccountList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subAccountList");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SubAccountCreateRequest {
        subAccountList = Require.nonEmpty(subAccountList, "subAccountList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SubAccountCreateRequest(List<String> subAccountList) {
        this(subAccountList, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SubAccountCreateRequest withExtraParam(String name, Object value) {
        return new SubAccountCreateRequest(subAccountList, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static SubAccountCreateRequest of(List<String> subAccountList) {
        return new SubAccountCreateRequest(subAccountList, Map.of());
    }
}
