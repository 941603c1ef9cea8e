// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A broker sub-account API key with its secret.
 *
 * @param subUid the sub-account uid.
 * @param label the note.
 * @param apiKey the API key.
 * @param secretKey the key's secret; secret: never log.
 * @param permType read-and-write or read-only.
 * @param permList permissions.
 * @param ipList IP whitelist; null when there is none.
 */
public record UtaBrokerApiKeyCreated(
        String subUid,
        @Nullable String label,
        String apiKey,
        String secretKey,
        String permType,
        @Nullable List<String> permList,
        @Nullable List<String> ipList) {
}
