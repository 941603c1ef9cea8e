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
 * @param subUid required; the sub-account's uid.
 * @param limit optional; page size (Bitget's default 100).
 * @param cursor optional; paging: the cursor of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSubApiKeysRequest(
        String subUid,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "limit", "cursor");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaSubApiKeysRequest {
        Require.text(subUid, "subUid");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaSubApiKeysRequest(String subUid, @Nullable Integer limit, @Nullable String cursor) {
        this(subUid, limit, cursor, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaSubApiKeysRequest withExtraParam(String name, Object value) {
        return new UtaSubApiKeysRequest(subUid, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /** Sets subUid; the rest stay unset. */
    public static UtaSubApiKeysRequest of(String subUid) {
        return new UtaSubApiKeysRequest(subUid, null, null, Map.of());
    }
}
