// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One transfer between account types.
 *
 * @param coin coin
 * @param status Successful, Failed or Processing.
 * @param toTypeRaw the text Bitget sent for toType; read it as an enum with {@link #toType()}.
 * @param toSymbol isolated margin symbol credited.
 * @param fromTypeRaw the text Bitget sent for fromType; read it as an enum with {@link #fromType()}.
 * @param fromSymbol isolated margin symbol debited.
 * @param size size
 * @param ts ts
 * @param clientOid clientOid
 * @param transferId transferId
 */
public record SpotTransferRecord(
        String coin,
        String status,
        @SerializedName("toType") @Nullable String toTypeRaw,
        @Nullable String toSymbol,
        @SerializedName("fromType") @Nullable String fromTypeRaw,
        @Nullable String fromSymbol,
        BigDecimal size,
        Instant ts,
        @Nullable String clientOid,
        String transferId) {

    /**
     * The toType. {@code UNKNOWN} when this SDK version does not know the value; {@link #toTypeRaw()} has the text as sent.
     */
    public @Nullable SpotAccountType toType() {
        return toTypeRaw == null ? null : SpotAccountType.fromWire(toTypeRaw);
    }

    /**
     * The fromType. {@code UNKNOWN} when this SDK version does not know the value; {@link #fromTypeRaw()} has the text as sent.
     */
    public @Nullable SpotAccountType fromType() {
        return fromTypeRaw == null ? null : SpotAccountType.fromWire(fromTypeRaw);
    }
}
