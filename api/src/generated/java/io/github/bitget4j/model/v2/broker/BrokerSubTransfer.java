// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One deposit or withdrawal of any sub-account.
 *
 * @param uid sub-account UID.
 * @param txId tx id ({@code txId})
 * @param typeRaw the text Bitget sent for type; read it as an enum with {@link #type()}.
 * @param subTypeRaw the text Bitget sent for subType; read it as an enum with {@link #subType()}.
 * @param coin coin ({@code coin})
 * @param amount amount ({@code amount})
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param ts last update.
 */
public record BrokerSubTransfer(
        String uid,
        @Nullable String txId,
        @SerializedName("type") String typeRaw,
        @SerializedName("subType") @Nullable String subTypeRaw,
        String coin,
        BigDecimal amount,
        @SerializedName("status") String statusRaw,
        Instant ts) {

    /**
     * deposit or withdrawal.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #typeRaw()} has the text as sent)
     */
    public BrokerRecordType type() {
        return BrokerRecordType.fromWire(typeRaw);
    }

    /**
     * The subType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #subTypeRaw()} has the text as sent)
     */
    public @Nullable BrokerTransferSubType subType() {
        return subTypeRaw == null ? null : BrokerTransferSubType.fromWire(subTypeRaw);
    }

    /**
     * The status.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #statusRaw()} has the text as sent)
     */
    public BrokerTransferStatus status() {
        return BrokerTransferStatus.fromWire(statusRaw);
    }
}
