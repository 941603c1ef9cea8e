// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One loan liquidation.
 *
 * @param orderId order id ({@code orderId})
 * @param loanCoin loan coin ({@code loanCoin})
 * @param pledgeCoin pledge coin ({@code pledgeCoin})
 * @param reduceTime reduce time ({@code reduceTime})
 * @param pledgeRate pledge rate at liquidation, in percent.
 * @param pledgePrice collateral price at liquidation.
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param pledgeAmount collateral liquidated.
 * @param reduceFee liquidation fee.
 * @param residueAmount collateral left.
 * @param runlockAmount collateral released.
 * @param repayLoanAmount debt repaid by the liquidation.
 */
public record EarnLoanLiquidation(
        String orderId,
        String loanCoin,
        String pledgeCoin,
        @Nullable Instant reduceTime,
        @Nullable BigDecimal pledgeRate,
        @Nullable BigDecimal pledgePrice,
        @SerializedName("status") String statusRaw,
        @Nullable BigDecimal pledgeAmount,
        @Nullable BigDecimal reduceFee,
        @Nullable BigDecimal residueAmount,
        @Nullable BigDecimal runlockAmount,
        @Nullable BigDecimal repayLoanAmount) {

    /**
     * The status.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #statusRaw()} has the text as sent)
     */
    public EarnLoanLiquidationStatus status() {
        return EarnLoanLiquidationStatus.fromWire(statusRaw);
    }
}
