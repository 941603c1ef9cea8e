// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The balances of one sub-account.
 *
 * @param subUid the sub-account's uid.
 * @param cursor pass as the request's cursor for the next page.
 * @param assets balance per coin.
 */
public record UtaSubAccountAssets(
        String subUid,
        @Nullable String cursor,
        @Nullable List<AccountAsset> assets) {
}
