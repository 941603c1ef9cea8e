// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One transfer between account types.
 *
 * @param coin coin ({@code coin})
 * @param status Successful, Failed or Processing.
 * @param toTypeRaw the text Bitget sent for toType; read it as an enum with {@link #toType()}.
 * @param toSymbol isolated margin symbol credited.
 * @param fromTypeRaw the text Bitget sent for fromType; read it as an enum with {@link #fromType()}.
 * @param fromSymbol isolated margin symbol debited.
 * @param size size ({@code size})
 * @param ts ts ({@code ts})
 * @param clientOid client oid ({@code clientOid})
 * @param transferId transfer id ({@code transferId})
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
     * The toType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #toTypeRaw()} has the text as sent)
     */
    public @Nullable SpotAccountType toType() {
        return toTypeRaw == null ? null : SpotAccountType.fromWire(toTypeRaw);
    }

    /**
     * The fromType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #fromTypeRaw()} has the text as sent)
     */
    public @Nullable SpotAccountType fromType() {
        return fromTypeRaw == null ? null : SpotAccountType.fromWire(fromTypeRaw);
    }
}
