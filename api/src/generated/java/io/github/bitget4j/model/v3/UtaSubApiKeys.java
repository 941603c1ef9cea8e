// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of sub-account API keys.
 *
 * @param items the keys, as Bitget documents the list.
 * @param list the keys, as some servers name the list.
 * @param hasNext true when another page follows.
 * @param cursor pass as the request's cursor for the next page.
 */
public record UtaSubApiKeys(
        @Nullable List<UtaSubApiKey> items,
        @Nullable List<UtaSubApiKey> list,
        @Nullable Boolean hasNext,
        @Nullable String cursor) {
}
