// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One deposit.
 *
 * @param orderId Bitget's id.
 * @param recordId the chain hash (on chain) or the order id (internal).
 * @param coin coin ({@code coin})
 * @param type deposit.
 * @param destRaw the text Bitget sent for dest; read it as an enum with {@link #dest()}.
 * @param size amount deposited.
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param fromAddress sender: address (on chain) or account (internal).
 * @param toAddress receiver address.
 * @param chain e.g. erc20.
 * @param createdTime created time ({@code createdTime})
 * @param updatedTime updated time ({@code updatedTime})
 */
public record UtaDepositRecord(
        String orderId,
        @Nullable String recordId,
        String coin,
        @Nullable String type,
        @SerializedName("dest") @Nullable String destRaw,
        BigDecimal size,
        @SerializedName("status") String statusRaw,
        @Nullable String fromAddress,
        @Nullable String toAddress,
        @Nullable String chain,
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
