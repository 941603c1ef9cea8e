// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A broker sub-account.
 *
 * @param subUid the sub-account uid.
 * @param subaccountName the sub-account name.
 * @param subaccountEmail its email, when it has one.
 * @param status normal or freeze.
 * @param permList permissions.
 * @param label the note.
 * @param language language setting.
 * @param cTime when it was created.
 * @param uTime last change.
 */
public record UtaBrokerSubAccount(
        String subUid,
        String subaccountName,
        @Nullable String subaccountEmail,
        String status,
        @Nullable List<String> permList,
        @Nullable String label,
        @Nullable String language,
        Instant cTime,
        @Nullable Instant uTime) {
}
