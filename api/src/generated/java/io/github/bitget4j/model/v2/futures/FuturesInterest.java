// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One hourly interest charge on USDT-M union-margin debt.
 *
 * @param coin coin ({@code coin})
 * @param liability total debt.
 * @param interestFreeLimit interest free limit ({@code interestFreeLimit})
 * @param interestLimit amount interest is charged on.
 * @param hourInterestRate hour interest rate ({@code hourInterestRate})
 * @param interest interest ({@code interest})
 * @param cTime c time ({@code cTime})
 */
public record FuturesInterest(
        String coin,
        BigDecimal liability,
        @Nullable BigDecimal interestFreeLimit,
        @Nullable BigDecimal interestLimit,
        BigDecimal hourInterestRate,
        BigDecimal interest,
        Instant cTime) {
}
