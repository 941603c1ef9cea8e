// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A futures symbol an institutional loan may trade, with its leverage.
 *
 * @param symbol e.g. BTCUSDT.
 * @param leverage leverage allowed.
 */
public record UtaInsLoanSymbolLeverage(
        String symbol,
        @Nullable BigDecimal leverage) {
}
