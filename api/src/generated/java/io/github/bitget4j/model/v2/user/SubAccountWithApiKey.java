// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sub-account created with its API key.
 *
 * @param subAccountUid sub account uid ({@code subAccountUid})
 * @param subAccountName sub account name ({@code subAccountName})
 * @param label label ({@code label})
 * @param subAccountApiKey the API key (some doc versions call it apiKey).
 * @param apiKey the API key, older field name.
 * @param secretKey secret: never log.
 * @param permList perm list ({@code permList})
 * @param ipList ip list ({@code ipList})
 */
public record SubAccountWithApiKey(
        String subAccountUid,
        @Nullable String subAccountName,
        @Nullable String label,
        @Nullable String subAccountApiKey,
        @Nullable String apiKey,
        @Nullable String secretKey,
        @Nullable List<String> permList,
        @Nullable List<String> ipList) {
}
