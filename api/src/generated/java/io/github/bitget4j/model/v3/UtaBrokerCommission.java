// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Commission from one sub-account and symbol.
 *
 * @param uid the sub-account uid.
 * @param coin the coin fees were paid in.
 * @param symbol e.g. BTCUSDT.
 * @param dealtAmount traded value.
 * @param totalFee total fee.
 * @param deductedFee fee paid by deduction.
 * @param paidFee fee actually paid.
 * @param markUpFee broker's markup.
 * @param totalCommission commission earned.
 */
public record UtaBrokerCommission(
        String uid,
        String coin,
        @Nullable String symbol,
        @Nullable BigDecimal dealtAmount,
        @Nullable BigDecimal totalFee,
        @Nullable BigDecimal deductedFee,
        @Nullable BigDecimal paidFee,
        @Nullable BigDecimal markUpFee,
        @Nullable BigDecimal totalCommission) {
}
