// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A newly created sub-account.
 *
 * @param username its virtual email address.
 * @param subUid its uid.
 * @param status normal.
 * @param note note ({@code note})
 * @param createdTime created time ({@code createdTime})
 * @param updatedTime updated time ({@code updatedTime})
 */
public record UtaNewSubAccount(
        String username,
        String subUid,
        @Nullable String status,
        @Nullable String note,
        @Nullable Instant createdTime,
        @Nullable Instant updatedTime) {
}
