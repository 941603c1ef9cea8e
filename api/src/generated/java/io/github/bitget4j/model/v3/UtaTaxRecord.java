// Generated from codegen/model/v3/tax.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One ledger record for tax reporting.
 *
 * @param id record id.
 * @param coin coin ({@code coin})
 * @param type e.g. TRANSFER_IN, ORDER_DEALT_IN.
 * @param amount signed change.
 * @param fee fee ({@code fee})
 * @param balance balance after the record.
 * @param ts ts ({@code ts})
 */
public record UtaTaxRecord(
        String id,
        String coin,
        String type,
        BigDecimal amount,
        @Nullable BigDecimal fee,
        @Nullable BigDecimal balance,
        Instant ts) {
}
