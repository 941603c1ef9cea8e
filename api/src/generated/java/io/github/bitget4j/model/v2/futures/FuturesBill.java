// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One futures account bill (ledger entry).
 *
 * @param billId bill id ({@code billId})
 * @param symbol symbol ({@code symbol})
 * @param amount amount ({@code amount})
 * @param fee fee ({@code fee})
 * @param feeByCoupon fee by coupon ({@code feeByCoupon})
 * @param businessType e.g. open_long, close_short, contract_settle_fee, trans_from_exchange.
 * @param coin coin ({@code coin})
 * @param balance balance after this entry.
 * @param cTime c time ({@code cTime})
 */
public record FuturesBill(
        String billId,
        @Nullable String symbol,
        BigDecimal amount,
        @Nullable BigDecimal fee,
        @Nullable BigDecimal feeByCoupon,
        String businessType,
        String coin,
        @Nullable BigDecimal balance,
        Instant cTime) {
}
