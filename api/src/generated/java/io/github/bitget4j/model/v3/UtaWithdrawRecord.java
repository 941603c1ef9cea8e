// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One withdrawal.
 *
 * @param orderId Bitget's id.
 * @param clientOid your id.
 * @param recordId the chain hash (on chain) or the order id (internal).
 * @param coin coin ({@code coin})
 * @param type withdraw.
 * @param destRaw the text Bitget sent for dest; read it as an enum with {@link #dest()}.
 * @param size amount withdrawn.
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param fromAddress from address ({@code fromAddress})
 * @param toAddress receiver address or account.
 * @param chain e.g. trc20.
 * @param fee withdrawal fee.
 * @param confirm number of chain confirmations.
 * @param tag memo or tag.
 * @param createdTime created time ({@code createdTime})
 * @param updatedTime updated time ({@code updatedTime})
 */
public record UtaWithdrawRecord(
        String orderId,
        @Nullable String clientOid,
        @Nullable String recordId,
        String coin,
        @Nullable String type,
        @SerializedName("dest") @Nullable String destRaw,
        BigDecimal size,
        @SerializedName("status") String statusRaw,
        @Nullable String fromAddress,
        @Nullable String toAddress,
        @Nullable String chain,
        @Nullable BigDecimal fee,
        @Nullable String confirm,
        @Nullable String tag,
        Instant createdTime,
        @Nullable Instant updatedTime) {

    /**
     * on chain or internal.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #destRaw()} has the text as sent)
     */
    public @Nullable UtaTransferMethod dest() {
        return destRaw == null ? null : UtaTransferMethod.fromWire(destRaw);
    }

    /**
     * pending, success or fail.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #statusRaw()} has the text as sent)
     */
    public UtaFundStatus status() {
        return UtaFundStatus.fromWire(statusRaw);
    }
}
