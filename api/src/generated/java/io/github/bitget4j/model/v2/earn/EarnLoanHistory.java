// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One past loan.
 *
 * @param orderId order id ({@code orderId})
 * @param loanCoin loan coin ({@code loanCoin})
 * @param pledgeCoin pledge coin ({@code pledgeCoin})
 * @param initPledgeAmount init pledge amount ({@code initPledgeAmount})
 * @param initLoanAmount init loan amount ({@code initLoanAmount})
 * @param hourRate hourly rate, in percent.
 * @param daily term in days, e.g. 7.
 * @param borrowTime borrow time ({@code borrowTime})
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 */
public record EarnLoanHistory(
        String orderId,
        String loanCoin,
        String pledgeCoin,
        BigDecimal initPledgeAmount,
        BigDecimal initLoanAmount,
        @Nullable BigDecimal hourRate,
        @Nullable String daily,
        Instant borrowTime,
        @SerializedName("status") String statusRaw) {

    /**
     * The status.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #statusRaw()} has the text as sent)
     */
    public EarnLoanStatus status() {
        return EarnLoanStatus.fromWire(statusRaw);
    }
}
