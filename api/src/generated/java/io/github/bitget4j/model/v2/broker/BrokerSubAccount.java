// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A broker sub-account.
 *
 * @param subUid sub uid ({@code subUid})
 * @param subaccountName generated e-mail style user name.
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param permListRaw the text Bitget sent for permList; read it as an enum with {@link #permList()}.
 * @param label label ({@code label})
 * @param languageRaw the text Bitget sent for language; read it as an enum with {@link #language()}.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record BrokerSubAccount(
        String subUid,
        String subaccountName,
        @SerializedName("status") String statusRaw,
        @SerializedName("permList") @Nullable List<String> permListRaw,
        @Nullable String label,
        @SerializedName("language") @Nullable String languageRaw,
        Instant cTime,
        @Nullable Instant uTime) {

    /**
     * The status.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #statusRaw()} has the text as sent)
     */
    public BrokerSubStatus status() {
        return BrokerSubStatus.fromWire(statusRaw);
    }

    /**
     * The permList.
     *
     * @return the values or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know one ({@link #permListRaw()} has the text as sent)
     */
    public @Nullable List<BrokerSubPermission> permList() {
        return permListRaw == null ? null : permListRaw.stream().map(BrokerSubPermission::fromWire).toList();
    }

    /**
     * absent right after creation.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #languageRaw()} has the text as sent)
     */
    public @Nullable BrokerLanguage language() {
        return languageRaw == null ? null : BrokerLanguage.fromWire(languageRaw);
    }
}
