// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of sub-accounts.
 *
 * @param list list ({@code list})
 * @param hasNext true when another page follows.
 * @param cursor pass as the request's cursor for the next page.
 */
public record UtaSubAccounts(
        @Nullable List<UtaSubAccount> list,
        @Nullable Boolean hasNext,
        @Nullable String cursor) {
}
