// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One deposit.
 *
 * @param orderId order id ({@code orderId})
 * @param tradeId on chain: the transaction hash; internal: an order id.
 * @param coin coin ({@code coin})
 * @param type always deposit.
 * @param size size ({@code size})
 * @param status pending, fail or success.
 * @param toAddress to address ({@code toAddress})
 * @param dest on_chain, internal_transfer, internal or fast.
 * @param chain chain ({@code chain})
 * @param fromAddress from address ({@code fromAddress})
 * @param clientOid client oid ({@code clientOid})
 * @param confirm confirmations so far.
 * @param tag tag ({@code tag})
 * @param fee fee ({@code fee})
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record SpotDepositRecord(
        String orderId,
        @Nullable String tradeId,
        String coin,
        @Nullable String type,
        BigDecimal size,
        String status,
        @Nullable String toAddress,
        @Nullable String dest,
        @Nullable String chain,
        @Nullable String fromAddress,
        @Nullable String clientOid,
        @Nullable Integer confirm,
        @Nullable String tag,
        @Nullable BigDecimal fee,
        Instant cTime,
        @Nullable Instant uTime) {
}
