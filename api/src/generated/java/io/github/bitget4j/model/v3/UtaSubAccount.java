// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One sub-account.
 *
 * @param subUid its uid.
 * @param username its (virtual) email.
 * @param status normal or freeze.
 * @param accountMode e.g. CLASSIC, UNIFIED.
 * @param type normal, virtual, custodian, ...
 * @param note note ({@code note})
 * @param createdTime created time ({@code createdTime})
 * @param updatedTime updated time ({@code updatedTime})
 */
public record UtaSubAccount(
        String subUid,
        @Nullable String username,
        @Nullable String status,
        @Nullable String accountMode,
        @Nullable String type,
        @Nullable String note,
        @Nullable Instant createdTime,
        @Nullable Instant updatedTime) {
}
