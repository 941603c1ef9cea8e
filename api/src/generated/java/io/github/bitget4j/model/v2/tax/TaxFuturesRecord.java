// Generated from codegen/model/v2/tax.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.tax;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One futures account record.
 *
 * @param id id ({@code id})
 * @param symbol symbol ({@code symbol})
 * @param marginCoin margin coin ({@code marginCoin})
 * @param futureTaxType kind of record.
 * @param amount amount ({@code amount})
 * @param fee fee ({@code fee})
 * @param ts ts ({@code ts})
 */
public record TaxFuturesRecord(
        String id,
        @Nullable String symbol,
        @Nullable String marginCoin,
        String futureTaxType,
        BigDecimal amount,
        @Nullable BigDecimal fee,
        Instant ts) {
}
