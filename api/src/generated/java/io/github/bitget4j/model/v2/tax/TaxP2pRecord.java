// Generated from codegen/model/v2/tax.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.tax;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One P2P record.
 *
 * @param id id ({@code id})
 * @param coin coin ({@code coin})
 * @param p2pTaxType kind of record.
 * @param total total ({@code total})
 * @param ts ts ({@code ts})
 */
public record TaxP2pRecord(
        String id,
        String coin,
        String p2pTaxType,
        BigDecimal total,
        Instant ts) {
}
