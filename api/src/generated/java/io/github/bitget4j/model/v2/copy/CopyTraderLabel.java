// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import org.jspecify.annotations.Nullable;

/**
 * A tag on a trader's profile.
 *
 * @param id id ({@code id})
 * @param name name ({@code name})
 */
public record CopyTraderLabel(
        @Nullable String id,
        @Nullable String name) {
}
