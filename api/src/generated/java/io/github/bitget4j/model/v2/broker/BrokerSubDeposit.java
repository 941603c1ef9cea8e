// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A sub-account deposit.
 *
 * @param orderId order id ({@code orderId})
 * @param txId tx id ({@code txId})
 * @param coin coin ({@code coin})
 * @param type deposit.
 * @param dest on_chain or internal_transfer.
 * @param amount amount ({@code amount})
 * @param status e.g. pending, success, fail.
 * @param fromAddress from address ({@code fromAddress})
 * @param toAddress to address ({@code toAddress})
 * @param fee fee ({@code fee})
 * @param chain chain ({@code chain})
 * @param confirm confirm ({@code confirm})
 * @param tag tag ({@code tag})
 * @param userId user id ({@code userId})
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record BrokerSubDeposit(
        String orderId,
        @Nullable String txId,
        String coin,
        @Nullable String type,
        @Nullable String dest,
        BigDecimal amount,
        String status,
        @Nullable String fromAddress,
        @Nullable String toAddress,
        @Nullable BigDecimal fee,
        @Nullable String chain,
        @Nullable Integer confirm,
        @Nullable String tag,
        @Nullable String userId,
        Instant cTime,
        @Nullable Instant uTime) {
}
