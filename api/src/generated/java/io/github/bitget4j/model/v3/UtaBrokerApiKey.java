// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A broker sub-account API key, without its secret.
 *
 * @param subUid the sub-account uid.
 * @param label the note.
 * @param apiKey the API key.
 * @param permType read-and-write or read-only.
 * @param permList permissions.
 * @param ipList IP whitelist.
 */
public record UtaBrokerApiKey(
        String subUid,
        @Nullable String label,
        String apiKey,
        @Nullable String permType,
        @Nullable List<String> permList,
        @Nullable List<String> ipList) {
}
