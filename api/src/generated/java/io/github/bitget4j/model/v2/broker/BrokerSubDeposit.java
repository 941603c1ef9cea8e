// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A sub-account deposit.
 *
 * @param orderId orderId
 * @param txId txId
 * @param coin coin
 * @param type deposit.
 * @param dest on_chain or internal_transfer.
 * @param amount amount
 * @param status e.g. pending, success, fail.
 * @param fromAddress fromAddress
 * @param toAddress toAddress
 * @param fee fee
 * @param chain chain
 * @param confirm confirm
 * @param tag tag
 * @param userId userId
 * @param cTime cTime
 * @param uTime uTime
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
