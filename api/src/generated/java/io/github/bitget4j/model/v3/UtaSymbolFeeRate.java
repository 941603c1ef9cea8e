// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;

/**
 * The fee rates of one symbol.
 *
 * @param symbol symbol ({@code symbol})
 * @param makerFeeRate maker fee rate ({@code makerFeeRate})
 * @param takerFeeRate taker fee rate ({@code takerFeeRate})
 */
public record UtaSymbolFeeRate(
        String symbol,
        BigDecimal makerFeeRate,
        BigDecimal takerFeeRate) {
}
