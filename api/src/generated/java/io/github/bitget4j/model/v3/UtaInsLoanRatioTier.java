// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;

/**
 * One tier of a tiered conversion ratio.
 *
 * @param ladder the value band, as Bitget writes it.
 * @param convertRatio share of the value that counts in this band.
 */
public record UtaInsLoanRatioTier(
        String ladder,
        BigDecimal convertRatio) {
}
