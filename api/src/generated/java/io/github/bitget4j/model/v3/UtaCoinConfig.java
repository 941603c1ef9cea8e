// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The leverage of one margin coin.
 *
 * @param coin e.g. BTC.
 * @param leverage leverage ({@code leverage})
 */
public record UtaCoinConfig(
        String coin,
        @Nullable BigDecimal leverage) {
}
