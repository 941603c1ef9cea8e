// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A broker sub-account just created.
 *
 * @param subUid the sub-account uid.
 * @param subaccountName the sub-account name.
 * @param subaccountEmail its email, when it has one.
 * @param status normal or freeze.
 * @param permList permissions.
 * @param label the note.
 * @param cTime when it was created.
 */
public record UtaBrokerSubAccountCreated(
        String subUid,
        String subaccountName,
        @Nullable String subaccountEmail,
        String status,
        @Nullable List<String> permList,
        @Nullable String label,
        Instant cTime) {
}
