// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One collateral change.
 *
 * @param loanCoin loanCoin
 * @param pledgeCoin pledgeCoin
 * @param orderId orderId
 * @param reviseTime reviseTime
 * @param reviseSideRaw the text Bitget sent for reviseSide; read it as an enum with {@link #reviseSide()}.
 * @param reviseAmount reviseAmount
 * @param afterPledgeRate in percent.
 * @param beforePledgeRate in percent.
 */
public record EarnLoanPledgeChange(
        String loanCoin,
        String pledgeCoin,
        String orderId,
        Instant reviseTime,
        @SerializedName("reviseSide") String reviseSideRaw,
        BigDecimal reviseAmount,
        @Nullable BigDecimal afterPledgeRate,
        @Nullable BigDecimal beforePledgeRate) {

    /**
     * The reviseSide. {@code UNKNOWN} when this SDK version does not know the value; {@link #reviseSideRaw()} has the text as sent.
     */
    public EarnLoanReviseSide reviseSide() {
        return EarnLoanReviseSide.fromWire(reviseSideRaw);
    }
}
