// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A symbol open to copy trading.
 *
 * @param symbol e.g. BTCUSDT.
 * @param leverage leverage.
 * @param marginDetails position slots per margin coin.
 */
public record UtaCopyTradingPair(
        String symbol,
        @Nullable BigDecimal leverage,
        @Nullable List<UtaCopyMarginDetail> marginDetails) {
}
