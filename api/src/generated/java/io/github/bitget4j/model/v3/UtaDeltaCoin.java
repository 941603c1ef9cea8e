// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The net position ratio of one coin.
 *
 * @param coin e.g. BTC.
 * @param positionRatio net position ratio.
 */
public record UtaDeltaCoin(
        String coin,
        @Nullable BigDecimal positionRatio) {
}
