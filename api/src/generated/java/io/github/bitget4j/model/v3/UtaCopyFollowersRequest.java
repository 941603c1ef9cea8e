// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Paging of a follower list; all optional.
 *
 * @param limit page size (optional, greater than 0, sent as {@code limit})
 * @param cursor paging: where the previous page ended (optional, sent as {@code cursor})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCopyFollowersRequest(
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("limit", "cursor");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCopyFollowersRequest {
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param limit page size (optional, greater than 0, sent as {@code limit})
     * @param cursor paging: where the previous page ended (optional, sent as {@code cursor})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCopyFollowersRequest(@Nullable Integer limit, @Nullable String cursor) {
        this(limit, cursor, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaCopyFollowersRequest withExtraParam(String name, Object value) {
        return new UtaCopyFollowersRequest(limit, cursor, Require.withExtra(extraParams, name, value));
    }
}
