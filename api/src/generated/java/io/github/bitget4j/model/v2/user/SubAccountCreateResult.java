// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which sub-accounts were created and which were not.
 *
 * @param failureList failure list ({@code failureList})
 * @param successList success list ({@code successList})
 */
public record SubAccountCreateResult(
        @Nullable List<SubAccountCreateFailure> failureList,
        @Nullable List<SubAccountCreated> successList) {
}
