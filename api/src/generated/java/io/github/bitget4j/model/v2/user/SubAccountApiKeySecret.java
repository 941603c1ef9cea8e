// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sub-account API key as created or changed, with its secret.
 *
 * @param subAccountUid sub account uid ({@code subAccountUid})
 * @param label label ({@code label})
 * @param subAccountApiKey the API key.
 * @param secretKey secret: never log.
 * @param permList perm list ({@code permList})
 * @param ipList IP whitelist.
 */
public record SubAccountApiKeySecret(
        String subAccountUid,
        @Nullable String label,
        String subAccountApiKey,
        @Nullable String secretKey,
        @Nullable List<String> permList,
        @Nullable List<String> ipList) {
}
