// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One fee of an order or fill.
 *
 * @param feeCoin feeCoin
 * @param fee fee
 * @param deduction deduction
 * @param totalDeductionFee totalDeductionFee
 * @param totalFee totalFee
 */
public record WsFeeDetail(
        String feeCoin,
        BigDecimal fee,
        @Nullable String deduction,
        @Nullable BigDecimal totalDeductionFee,
        @Nullable BigDecimal totalFee) {
}
