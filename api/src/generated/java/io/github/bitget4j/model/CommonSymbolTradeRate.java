// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

import java.math.BigDecimal;

/**
 * Fee rates of one symbol, as fractions.
 *
 * @param symbol symbol ({@code symbol})
 * @param makerFeeRate maker fee rate ({@code makerFeeRate})
 * @param takerFeeRate taker fee rate ({@code takerFeeRate})
 */
public record CommonSymbolTradeRate(
        String symbol,
        BigDecimal makerFeeRate,
        BigDecimal takerFeeRate) {
}
