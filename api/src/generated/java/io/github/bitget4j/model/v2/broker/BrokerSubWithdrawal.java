// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One sub-account withdrawal.
 *
 * @param orderId order id ({@code orderId})
 * @param txId chain hash, or Bitget id for internal transfers.
 * @param coin coin ({@code coin})
 * @param type withdraw.
 * @param destRaw the text Bitget sent for dest; read it as an enum with {@link #dest()}.
 * @param amount amount ({@code amount})
 * @param status e.g. pending, success, fail.
 * @param fromAddress from address ({@code fromAddress})
 * @param toAddress to address ({@code toAddress})
 * @param fee fee ({@code fee})
 * @param chain chain ({@code chain})
 * @param confirm confirmations so far.
 * @param tag tag ({@code tag})
 * @param userId sub-account UID.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
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
     * The dest.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #destRaw()} has the text as sent)
     */
    public @Nullable BrokerWithdrawDest dest() {
        return destRaw == null ? null : BrokerWithdrawDest.fromWire(destRaw);
    }
}
