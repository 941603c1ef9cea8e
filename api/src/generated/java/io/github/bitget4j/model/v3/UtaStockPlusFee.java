// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One Stock+ fee.
 *
 * @param code the fee code.
 * @param name its name.
 * @param amount the amount.
 * @param currency e.g. USD.
 */
public record UtaStockPlusFee(
        String code,
        @Nullable String name,
        BigDecimal amount,
        @Nullable String currency) {
}
