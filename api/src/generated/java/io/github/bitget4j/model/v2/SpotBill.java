// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One spot account ledger entry.
 *
 * @param cTime c time ({@code cTime})
 * @param coin coin ({@code coin})
 * @param groupType e.g. deposit, transaction, transfer.
 * @param businessType e.g. buy, sell, transfer-in.
 * @param size change of the balance (negative when it went out).
 * @param balance balance after the entry.
 * @param fees fees ({@code fees})
 * @param billId bill id ({@code billId})
 */
public record SpotBill(
        Instant cTime,
        String coin,
        @Nullable String groupType,
        @Nullable String businessType,
        BigDecimal size,
        @Nullable BigDecimal balance,
        @Nullable BigDecimal fees,
        String billId) {
}
