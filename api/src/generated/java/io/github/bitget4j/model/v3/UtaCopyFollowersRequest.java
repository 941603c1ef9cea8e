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
 * @param limit optional; page size.
 * @param cursor optional; paging: where the previous page ended.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCopyFollowersRequest(
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("limit", "cursor");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaCopyFollowersRequest {
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaCopyFollowersRequest(@Nullable Integer limit, @Nullable String cursor) {
        this(limit, cursor, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaCopyFollowersRequest withExtraParam(String name, Object value) {
        return new UtaCopyFollowersRequest(limit, cursor, Require.withExtra(extraParams, name, value));
    }
}
