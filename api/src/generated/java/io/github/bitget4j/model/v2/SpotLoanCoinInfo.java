// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One collateral coin of a loan product.
 *
 * @param coin coin ({@code coin})
 * @param convertRatio the share of its value that counts as collateral.
 * @param maxConvertValue most value counted, USDT.
 */
public record SpotLoanCoinInfo(
        String coin,
        @Nullable BigDecimal convertRatio,
        @Nullable BigDecimal maxConvertValue) {
}
