// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * A quota for some sub-accounts.
 *
 * @param category spot or futures (required, sent as {@code category})
 * @param uids the sub-accounts, at most 50 (required, not empty, sent as {@code uids})
 * @param quota requests per second for each (required, greater than 0, sent as {@code quota})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSetRateLimitQuotaRequest(
        UtaRateLimitCategory category,
        List<String> uids,
        Integer quota,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "uids", "quota");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSetRateLimitQuotaRequest {
        Require.known(category, "category");
        uids = Require.nonEmpty(uids, "uids");
        Require.present(quota, "quota");
        Require.positiveIfPresent(quota, "quota");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category spot or futures (required, sent as {@code category})
     * @param uids the sub-accounts, at most 50 (required, not empty, sent as {@code uids})
     * @param quota requests per second for each (required, greater than 0, sent as {@code quota})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSetRateLimitQuotaRequest(UtaRateLimitCategory category, List<String> uids, Integer quota) {
        this(category, uids, quota, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaSetRateLimitQuotaRequest withExtraParam(String name, Object value) {
        return new UtaSetRateLimitQuotaRequest(category, uids, quota, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets category, uids, quota; the rest stay unset.
     *
     * @param category spot or futures (required, sent as {@code category})
     * @param uids the sub-accounts, at most 50 (required, not empty, sent as {@code uids})
     * @param quota requests per second for each (required, greater than 0, sent as {@code quota})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaSetRateLimitQuotaRequest of(UtaRateLimitCategory category, List<String> uids, Integer quota) {
        return new UtaSetRateLimitQuotaRequest(category, uids, quota, Map.of());
    }
}
