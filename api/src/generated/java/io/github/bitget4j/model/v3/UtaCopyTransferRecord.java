// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One transfer of the copy-trading lead account.
 *
 * @param transferId the transfer id.
 * @param fromType source account, e.g. spot, uta, lead, otc (may list several, comma-separated)
 * @param toType destination account, e.g. spot, uta, lead.
 * @param amount amount moved.
 * @param coin e.g. USDT.
 * @param status Successful, Failed or Processing.
 * @param createdTime when it was made.
 */
public record UtaCopyTransferRecord(
        String transferId,
        String fromType,
        String toType,
        BigDecimal amount,
        String coin,
        String status,
        Instant createdTime) {
}
