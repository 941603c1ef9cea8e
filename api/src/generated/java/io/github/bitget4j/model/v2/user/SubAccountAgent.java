// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The agent sub-account and its API key.
 *
 * @param username the virtual e-mail address.
 * @param subUid sub uid ({@code subUid})
 * @param apiKey api key ({@code apiKey})
 * @param secret secret: never log.
 * @param note note ({@code note})
 * @param createdTime created time ({@code createdTime})
 */
public record SubAccountAgent(
        String username,
        String subUid,
        String apiKey,
        String secret,
        @Nullable String note,
        @Nullable Instant createdTime) {
}
