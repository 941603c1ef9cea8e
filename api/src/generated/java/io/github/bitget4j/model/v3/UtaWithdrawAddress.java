// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One saved withdrawal address.
 *
 * @param coin the coin, empty for an EVM or universal entry.
 * @param chain e.g. erc20.
 * @param address address, or uid/email/phone for an internal entry.
 * @param countryCode phone country code of an internal entry.
 * @param label your name for the entry.
 * @param memo memo or tag.
 * @param typeRaw the text Bitget sent for type; read it as an enum with {@link #type()}.
 * @param internalType internal entries: uid, mobile or email.
 * @param createdTime created time ({@code createdTime})
 */
public record UtaWithdrawAddress(
        @Nullable String coin,
        @Nullable String chain,
        String address,
        @Nullable String countryCode,
        @Nullable String label,
        @Nullable String memo,
        @SerializedName("type") @Nullable String typeRaw,
        @Nullable String internalType,
        @Nullable Instant createdTime) {

    /**
     * kind of entry.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #typeRaw()} has the text as sent)
     */
    public @Nullable UtaAddressBookType type() {
        return typeRaw == null ? null : UtaAddressBookType.fromWire(typeRaw);
    }
}
