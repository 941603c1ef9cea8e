// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an institutional-loan product may trade.
 *
 * @param productId the product id.
 * @param spotSymbols spot symbols, e.g. BTCUSDT.
 * @param marginLeverage margin leverage.
 * @param usdtContractLeverage USDT-margined futures leverage.
 * @param coinContractLeverage coin-margined futures leverage.
 * @param usdcContractLeverage USDC-margined futures leverage.
 * @param usdtContractSymbols USDT-margined futures symbols.
 * @param coinContractSymbols coin-margined futures symbols.
 * @param usdcContractSymbols USDC-margined futures symbols.
 */
public record UtaInsLoanSymbols(
        String productId,
        @Nullable List<String> spotSymbols,
        @Nullable BigDecimal marginLeverage,
        @Nullable BigDecimal usdtContractLeverage,
        @Nullable BigDecimal coinContractLeverage,
        @Nullable BigDecimal usdcContractLeverage,
        @Nullable List<UtaInsLoanSymbolLeverage> usdtContractSymbols,
        @Nullable List<UtaInsLoanSymbolLeverage> coinContractSymbols,
        @Nullable List<UtaInsLoanSymbolLeverage> usdcContractSymbols) {
}
