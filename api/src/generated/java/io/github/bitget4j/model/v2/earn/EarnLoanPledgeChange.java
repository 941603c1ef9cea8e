// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One collateral change.
 *
 * @param loanCoin loan coin ({@code loanCoin})
 * @param pledgeCoin pledge coin ({@code pledgeCoin})
 * @param orderId order id ({@code orderId})
 * @param reviseTime revise time ({@code reviseTime})
 * @param reviseSideRaw the text Bitget sent for reviseSide; read it as an enum with {@link #reviseSide()}.
 * @param reviseAmount revise amount ({@code reviseAmount})
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
     * The reviseSide.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #reviseSideRaw()} has the text as sent)
     */
    public EarnLoanReviseSide reviseSide() {
        return EarnLoanReviseSide.fromWire(reviseSideRaw);
    }
}
