// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One interest charge.
 *
 * @param interestId interest id ({@code interestId})
 * @param interestCoin interest coin ({@code interestCoin})
 * @param dailyInterestRate daily interest rate ({@code dailyInterestRate})
 * @param loanCoin loan coin ({@code loanCoin})
 * @param interestAmount interest amount ({@code interestAmount})
 * @param interstType first (on borrowing) or scheduled; Bitget's spelling.
 * @param symbol isolated only.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record MarginInterestRecord(
        String interestId,
        String interestCoin,
        @Nullable BigDecimal dailyInterestRate,
        @Nullable String loanCoin,
        BigDecimal interestAmount,
        @Nullable String interstType,
        @Nullable String symbol,
        Instant cTime,
        @Nullable Instant uTime) {
}
