// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of USDT-M futures interest charges.
 *
 * @param nextSettleTime next settle time ({@code nextSettleTime})
 * @param borrowAmount current debt.
 * @param borrowLimit borrow limit ({@code borrowLimit})
 * @param interestList interest list ({@code interestList})
 * @param endId pass as idLessThan for the next (older) page.
 */
public record FuturesInterestHistory(
        @Nullable Instant nextSettleTime,
        @Nullable BigDecimal borrowAmount,
        @Nullable BigDecimal borrowLimit,
        @Nullable List<FuturesInterest> interestList,
        @Nullable String endId) {
}
