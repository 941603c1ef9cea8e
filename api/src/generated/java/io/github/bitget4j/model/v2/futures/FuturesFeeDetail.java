// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Fee charged on one fill, per coin.
 *
 * @param deduction yes when a coupon or BGB paid part of it.
 * @param feeCoin fee coin ({@code feeCoin})
 * @param totalDeductionFee total deduction fee ({@code totalDeductionFee})
 * @param totalFee negative: paid.
 */
public record FuturesFeeDetail(
        @Nullable String deduction,
        String feeCoin,
        @Nullable BigDecimal totalDeductionFee,
        BigDecimal totalFee) {
}
