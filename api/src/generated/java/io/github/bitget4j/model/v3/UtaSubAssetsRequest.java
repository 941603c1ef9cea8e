// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filter and paging of sub-account balances; all optional.
 *
 * @param subUid one sub-account; unset for all (optional, sent as {@code subUid})
 * @param cursor paging: the cursor of the previous page (optional, sent as {@code cursor})
 * @param limit sub-accounts per page (Bitget's default 10) (optional, greater than 0, at most 50, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSubAssetsRequest(
        @Nullable String subUid,
        @Nullable String cursor,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "cursor", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSubAssetsRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "50");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subUid one sub-account; unset for all (optional, sent as {@code subUid})
     * @param cursor paging: the cursor of the previous page (optional, sent as {@code cursor})
     * @param limit sub-accounts per page (Bitget's default 10) (optional, greater than 0, at most 50, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSubAssetsRequest(@Nullable String subUid, @Nullable String cursor, @Nullable Integer limit) {
        this(subUid, cursor, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaSubAssetsRequest withExtraParam(String name, Object value) {
        return new UtaSubAssetsRequest(subUid, cursor, limit, Require.withExtra(extraParams, name, value));
    }
}
