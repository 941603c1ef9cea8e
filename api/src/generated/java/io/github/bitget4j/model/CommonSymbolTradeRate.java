// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

import java.math.BigDecimal;

/**
 * Fee rates of one symbol, as fractions.
 *
 * @param symbol symbol
 * @param makerFeeRate makerFeeRate
 * @param takerFeeRate takerFeeRate
 */
public record CommonSymbolTradeRate(
        String symbol,
        BigDecimal makerFeeRate,
        BigDecimal takerFeeRate) {
}
