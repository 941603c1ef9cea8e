// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param subAccountList aliases: 8 English letters each, globally unique (required, not empty, sent as {@code subAccountList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SubAccountCreateRequest(
        List<String> subAccountList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subAccountList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SubAccountCreateRequest {
        subAccountList = Require.nonEmpty(subAccountList, "subAccountList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subAccountList aliases: 8 English letters each, globally unique (required, not empty, sent as {@code subAccountList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SubAccountCreateRequest(List<String> subAccountList) {
        this(subAccountList, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SubAccountCreateRequest withExtraParam(String name, Object value) {
        return new SubAccountCreateRequest(subAccountList, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param subAccountList aliases: 8 English letters each, globally unique (required, not empty, sent as {@code subAccountList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SubAccountCreateRequest of(List<String> subAccountList) {
        return new SubAccountCreateRequest(subAccountList, Map.of());
    }
}
