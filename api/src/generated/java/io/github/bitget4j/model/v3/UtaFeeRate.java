// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;

/**
 * Maker and taker fee rates.
 *
 * @param makerFeeRate e.g. 0.001 = 0.1%.
 * @param takerFeeRate taker fee rate ({@code takerFeeRate})
 */
public record UtaFeeRate(
        BigDecimal makerFeeRate,
        BigDecimal takerFeeRate) {
}
