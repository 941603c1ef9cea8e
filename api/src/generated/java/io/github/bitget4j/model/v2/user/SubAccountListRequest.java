// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param limit number of items per page (optional, greater than 0, at most 500, sent as {@code limit})
 * @param idLessThan endId of the previous page (optional, sent as {@code idLessThan})
 * @param status status, one of {@code normal}, {@code freeze}, {@code del} (optional, sent as {@code status})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SubAccountListRequest(
        @Nullable Integer limit,
        @Nullable String idLessThan,
        @Nullable SubAccountStatus status,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("limit", "idLessThan", "status");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SubAccountListRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "500");
        Require.knownIfPresent(status, "status");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param limit number of items per page (optional, greater than 0, at most 500, sent as {@code limit})
     * @param idLessThan endId of the previous page (optional, sent as {@code idLessThan})
     * @param status status, one of {@code normal}, {@code freeze}, {@code del} (optional, sent as {@code status})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SubAccountListRequest(@Nullable Integer limit, @Nullable String idLessThan, @Nullable SubAccountStatus status) {
        this(limit, idLessThan, status, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SubAccountListRequest withExtraParam(String name, Object value) {
        return new SubAccountListRequest(limit, idLessThan, status, Require.withExtra(extraParams, name, value));
    }
}
