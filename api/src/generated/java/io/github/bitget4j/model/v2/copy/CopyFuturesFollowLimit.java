// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Copy size limits of one symbol.
 *
 * @param maxFollowSize max follow size ({@code maxFollowSize})
 * @param minFollowSize min follow size ({@code minFollowSize})
 * @param symbol symbol ({@code symbol})
 */
public record CopyFuturesFollowLimit(
        @Nullable BigDecimal maxFollowSize,
        @Nullable BigDecimal minFollowSize,
        String symbol) {
}
