// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One sub-account withdrawal.
 *
 * @param orderId orderId
 * @param txId chain hash, or Bitget id for internal transfers.
 * @param coin coin
 * @param type withdraw.
 * @param destRaw the text Bitget sent for dest; read it as an enum with {@link #dest()}.
 * @param amount amount
 * @param status e.g. pending, success, fail.
 * @param fromAddress fromAddress
 * @param toAddress toAddress
 * @param fee fee
 * @param chain chain
 * @param confirm confirmations so far.
 * @param tag tag
 * @param userId sub-account UID.
 * @param cTime cTime
 * @param uTime uTime
 */
public record BrokerSubWithdrawal(
        String orderId,
        @Nullable String txId,
        String coin,
        @Nullable String type,
        @SerializedName("dest") @Nullable String destRaw,
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

    /**
     * The dest. {@code UNKNOWN} when this SDK version does not know the value; {@link #destRaw()} has the text as sent.
     */
    public @Nullable BrokerWithdrawDest dest() {
        return destRaw == null ? null : BrokerWithdrawDest.fromWire(destRaw);
    }
}
