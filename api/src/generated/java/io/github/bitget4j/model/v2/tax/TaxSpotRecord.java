// Generated from codegen/model/v2/tax.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.tax;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One spot account record.
 *
 * @param id id ({@code id})
 * @param coin coin ({@code coin})
 * @param spotTaxType e.g. Deposit, Withdrawal, Buy, Sell, Interest.
 * @param amount amount ({@code amount})
 * @param fee fee ({@code fee})
 * @param balance balance after the record.
 * @param bizOrderId the business order behind it.
 * @param ts ts ({@code ts})
 */
public record TaxSpotRecord(
        String id,
        String coin,
        String spotTaxType,
        BigDecimal amount,
        @Nullable BigDecimal fee,
        @Nullable BigDecimal balance,
        @Nullable String bizOrderId,
        Instant ts) {
}
