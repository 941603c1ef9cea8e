// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One transfer between a main account and a sub-account.
 *
 * @param transferId Bitget's id.
 * @param oldTransferId the id in Bitget's former transfer system.
 * @param fromType source account type, e.g. spot.
 * @param toType target account type, e.g. uta.
 * @param amount amount ({@code amount})
 * @param coin coin ({@code coin})
 * @param fromUserId source uid.
 * @param toUserId target uid.
 * @param status e.g. Successful, Failed, Processing.
 * @param clientOid your id.
 * @param createdTime created time ({@code createdTime})
 * @param updatedTime updated time ({@code updatedTime})
 */
public record UtaSubTransferRecord(
        String transferId,
        @Nullable String oldTransferId,
        String fromType,
        String toType,
        BigDecimal amount,
        String coin,
        String fromUserId,
        String toUserId,
        String status,
        @Nullable String clientOid,
        Instant createdTime,
        @Nullable Instant updatedTime) {
}
