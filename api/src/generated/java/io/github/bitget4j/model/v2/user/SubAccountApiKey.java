// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One API key of a sub-account.
 *
 * @param subAccountUid sub account uid ({@code subAccountUid})
 * @param label label ({@code label})
 * @param subAccountApiKey sub account api key ({@code subAccountApiKey})
 * @param permList perm list ({@code permList})
 * @param ipList ip list ({@code ipList})
 */
public record SubAccountApiKey(
        String subAccountUid,
        @Nullable String label,
        String subAccountApiKey,
        @Nullable List<String> permList,
        @Nullable List<String> ipList) {
}
