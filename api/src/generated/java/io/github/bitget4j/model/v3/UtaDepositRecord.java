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
 * @param coin coin
 * @param type deposit.
 * @param destRaw the text Bitget sent for dest; read it as an enum with {@link #dest()}.
 * @param size amount deposited.
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param fromAddress sender: address (on chain) or account (internal).
 * @param toAddress receiver address.
 * @param chain e.g. erc20.
 * @param createdTime createdTime
 * @param updatedTime updatedTime
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
     * on chain or internal. {@code UNKNOWN} when this SDK version does not know the value; {@link #destRaw()} has the text as sent.
     */
    public @Nullable UtaTransferMethod dest() {
        return destRaw == null ? null : UtaTransferMethod.fromWire(destRaw);
    }

    /**
     * pending, success or fail. {@code UNKNOWN} when this SDK version does not know the value; {@link #statusRaw()} has the text as sent.
     */
    public UtaFundStatus status() {
        return UtaFundStatus.fromWire(statusRaw);
    }
}
