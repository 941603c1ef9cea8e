// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One fee of an order or fill.
 *
 * @param feeCoin fee coin ({@code feeCoin})
 * @param fee fee ({@code fee})
 * @param deduction deduction ({@code deduction})
 * @param totalDeductionFee total deduction fee ({@code totalDeductionFee})
 * @param totalFee total fee ({@code totalFee})
 */
public record WsFeeDetail(
        String feeCoin,
        BigDecimal fee,
        @Nullable String deduction,
        @Nullable BigDecimal totalDeductionFee,
        @Nullable BigDecimal totalFee) {
}
