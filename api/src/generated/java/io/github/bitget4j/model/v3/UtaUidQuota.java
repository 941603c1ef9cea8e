// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * The rate limit quota of one account.
 *
 * @param uid uid ({@code uid})
 * @param quota requests per second.
 */
public record UtaUidQuota(
        String uid,
        @Nullable Integer quota) {
}
