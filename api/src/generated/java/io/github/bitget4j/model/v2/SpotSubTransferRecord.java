// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One transfer between a main account and a sub-account.
 *
 * @param coin coin
 * @param status Successful, Failed or Processing.
 * @param toTypeRaw the text Bitget sent for toType; read it as an enum with {@link #toType()}.
 * @param fromTypeRaw the text Bitget sent for fromType; read it as an enum with {@link #fromType()}.
 * @param size size
 * @param ts ts
 * @param clientOid clientOid
 * @param transferId transferId
 * @param fromUserId fromUserId
 * @param toUserId toUserId
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
     * account type credited. {@code UNKNOWN} when this SDK version does not know the value; {@link #toTypeRaw()} has the text as sent.
     */
    public @Nullable SpotAccountType toType() {
        return toTypeRaw == null ? null : SpotAccountType.fromWire(toTypeRaw);
    }

    /**
     * account type debited. {@code UNKNOWN} when this SDK version does not know the value; {@link #fromTypeRaw()} has the text as sent.
     */
    public @Nullable SpotAccountType fromType() {
        return fromTypeRaw == null ? null : SpotAccountType.fromWire(fromTypeRaw);
    }
}
