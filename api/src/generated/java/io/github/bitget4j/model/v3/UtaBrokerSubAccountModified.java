// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A broker sub-account after a change.
 *
 * @param subUid the sub-account uid.
 * @param subaccountName the sub-account name.
 * @param status normal or freeze.
 * @param permList permissions.
 * @param label the note.
 * @param cTime when it was created.
 * @param uTime last change.
 */
public record UtaBrokerSubAccountModified(
        String subUid,
        @Nullable String subaccountName,
        String status,
        @Nullable List<String> permList,
        @Nullable String label,
        @Nullable Instant cTime,
        @Nullable Instant uTime) {
}
