// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A margin coin of an institutional loan and how much of its value counts.
 *
 * @param coin e.g. BTC.
 * @param convertRatio share of the value that counts.
 * @param maxConvertValue most value that counts, in USDT.
 * @param convertRatioList tiered ratios, when the product uses tiers.
 */
public record UtaInsLoanMarginCoin(
        String coin,
        @Nullable BigDecimal convertRatio,
        @Nullable BigDecimal maxConvertValue,
        @Nullable List<UtaInsLoanRatioTier> convertRatioList) {
}
