// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A new agent sub-account and its key; the secret is shown only here.
 *
 * @param username its virtual email address.
 * @param subUid its uid.
 * @param apiKey its API key.
 * @param secret the key's secret.
 * @param note note ({@code note})
 * @param createdTime created time ({@code createdTime})
 */
public record UtaNewAgentSubAccount(
        String username,
        String subUid,
        String apiKey,
        String secret,
        @Nullable String note,
        @Nullable Instant createdTime) {
}
