// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One transfer between a main account and a sub-account.
 *
 * @param coin coin ({@code coin})
 * @param status Successful, Failed or Processing.
 * @param toTypeRaw the text Bitget sent for toType; read it as an enum with {@link #toType()}.
 * @param fromTypeRaw the text Bitget sent for fromType; read it as an enum with {@link #fromType()}.
 * @param size size ({@code size})
 * @param ts ts ({@code ts})
 * @param clientOid client oid ({@code clientOid})
 * @param transferId transfer id ({@code transferId})
 * @param fromUserId from user id ({@code fromUserId})
 * @param toUserId to user id ({@code toUserId})
 */
public record SpotSubTransferRecord(
        String coin,
        String status,
        @SerializedName("toType") @Nullable String toTypeRaw,
        @SerializedName("fromType") @Nullable String fromTypeRaw,
        BigDecimal size,
        Instant ts,
        @Nullable String clientOid,
        String transferId,
        @Nullable String fromUserId,
        @Nullable String toUserId) {

    /**
     * account type credited.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #toTypeRaw()} has the text as sent)
     */
    public @Nullable SpotAccountType toType() {
        return toTypeRaw == null ? null : SpotAccountType.fromWire(toTypeRaw);
    }

    /**
     * account type debited.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #fromTypeRaw()} has the text as sent)
     */
    public @Nullable SpotAccountType fromType() {
        return fromTypeRaw == null ? null : SpotAccountType.fromWire(fromTypeRaw);
    }
}
