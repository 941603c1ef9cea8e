// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

import java.math.BigDecimal;

/**
 * Fee rates as fractions (0.0002 = 0.02%).
 *
 * @param makerFeeRate maker fee rate ({@code makerFeeRate})
 * @param takerFeeRate taker fee rate ({@code takerFeeRate})
 */
public record CommonTradeRate(
        BigDecimal makerFeeRate,
        BigDecimal takerFeeRate) {
}
