// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Removes one follower.
 *
 * @param followerUid the follower's user id (required, sent as {@code followerUid})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyRemoveFollowerRequest(
        String followerUid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("followerUid");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyRemoveFollowerRequest {
        Require.text(followerUid, "followerUid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param followerUid the follower's user id (required, sent as {@code followerUid})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyRemoveFollowerRequest(String followerUid) {
        this(followerUid, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopyRemoveFollowerRequest withExtraParam(String name, Object value) {
        return new CopyRemoveFollowerRequest(followerUid, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param followerUid the follower's user id (required, sent as {@code followerUid})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CopyRemoveFollowerRequest of(String followerUid) {
        return new CopyRemoveFollowerRequest(followerUid, Map.of());
    }
}
