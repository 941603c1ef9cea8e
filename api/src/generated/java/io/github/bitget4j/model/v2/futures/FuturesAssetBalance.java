// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One coin held in a union-margin account.
 *
 * @param coin coin ({@code coin})
 * @param balance balance ({@code balance})
 * @param available available ({@code available})
 */
public record FuturesAssetBalance(
        String coin,
        BigDecimal balance,
        @Nullable BigDecimal available) {
}
