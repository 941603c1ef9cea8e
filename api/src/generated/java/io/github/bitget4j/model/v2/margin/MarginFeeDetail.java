// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Fee charged on one margin fill.
 *
 * @param deduction yes when a coupon or BGB paid part of it.
 * @param feeCoin fee coin ({@code feeCoin})
 * @param totalDeductionFee total deduction fee ({@code totalDeductionFee})
 * @param totalFee negative: paid.
 */
public record MarginFeeDetail(
        @Nullable String deduction,
        @Nullable String feeCoin,
        @Nullable BigDecimal totalDeductionFee,
        @Nullable BigDecimal totalFee) {
}
