// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of virtual sub-accounts.
 *
 * @param endId pass as idLessThan for the next page.
 * @param subAccountList sub account list ({@code subAccountList})
 */
public record SubAccountList(
        @Nullable String endId,
        @Nullable List<SubAccount> subAccountList) {
}
