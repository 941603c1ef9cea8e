// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A sub-account and paging.
 *
 * @param subUid the sub-account's uid (required, sent as {@code subUid})
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as {@code limit})
 * @param cursor paging: the cursor of the previous page (optional, sent as {@code cursor})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSubApiKeysRequest(
        String subUid,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "limit", "cursor");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSubApiKeysRequest {
        Require.text(subUid, "subUid");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subUid the sub-account's uid (required, sent as {@code subUid})
     * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as {@code limit})
     * @param cursor paging: the cursor of the previous page (optional, sent as {@code cursor})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSubApiKeysRequest(String subUid, @Nullable Integer limit, @Nullable String cursor) {
        this(subUid, limit, cursor, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaSubApiKeysRequest withExtraParam(String name, Object value) {
        return new UtaSubApiKeysRequest(subUid, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets subUid; the rest stay unset.
     *
     * @param subUid the sub-account's uid (required, sent as {@code subUid})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaSubApiKeysRequest of(String subUid) {
        return new UtaSubApiKeysRequest(subUid, null, null, Map.of());
    }
}
