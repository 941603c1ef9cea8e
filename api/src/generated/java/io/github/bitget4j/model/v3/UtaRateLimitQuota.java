// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rate limit quotas of one product line.
 *
 * @param category spot or futures.
 * @param quotaList quota per account.
 * @param masterSubQuota quota given out to sub-accounts in total.
 * @param masterSubCap most that may be given out to sub-accounts.
 * @param cursor pass as the request's cursor for the next page.
 */
public record UtaRateLimitQuota(
        @Nullable String category,
        @Nullable List<UtaUidQuota> quotaList,
        @Nullable Integer masterSubQuota,
        @Nullable Integer masterSubCap,
        @Nullable String cursor) {
}
