// Generated from codegen/model/v2/tax.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.tax;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One margin account record.
 *
 * @param id id ({@code id})
 * @param coin coin ({@code coin})
 * @param marginTaxType kind of record.
 * @param amount amount ({@code amount})
 * @param fee fee ({@code fee})
 * @param total balance after the record.
 * @param symbol isolated records.
 * @param ts ts ({@code ts})
 */
public record TaxMarginRecord(
        String id,
        String coin,
        String marginTaxType,
        BigDecimal amount,
        @Nullable BigDecimal fee,
        @Nullable BigDecimal total,
        @Nullable String symbol,
        Instant ts) {
}
