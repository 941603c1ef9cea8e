// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;

/**
 * One leverage tier of a contract.
 *
 * @param symbol symbol ({@code symbol})
 * @param level level ({@code level})
 * @param startUnit lower bound of the tier, position value.
 * @param endUnit upper bound of the tier.
 * @param leverage max leverage in this tier.
 * @param keepMarginRate maintenance margin rate.
 */
public record FuturesPositionTier(
        String symbol,
        Integer level,
        BigDecimal startUnit,
        BigDecimal endUnit,
        BigDecimal leverage,
        BigDecimal keepMarginRate) {
}
