// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A broker sub-account.
 *
 * @param subUid subUid
 * @param subaccountName generated e-mail style user name.
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param permListRaw the text Bitget sent for permList; read it as an enum with {@link #permList()}.
 * @param label label
 * @param languageRaw the text Bitget sent for language; read it as an enum with {@link #language()}.
 * @param cTime cTime
 * @param uTime uTime
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
     * The status. {@code UNKNOWN} when this SDK version does not know the value; {@link #statusRaw()} has the text as sent.
     */
    public BrokerSubStatus status() {
        return BrokerSubStatus.fromWire(statusRaw);
    }

    /**
     * The permList. {@code UNKNOWN} when this SDK version does not know the value; {@link #permListRaw()} has the text as sent.
     */
    public @Nullable List<BrokerSubPermission> permList() {
        return permListRaw == null ? null : permListRaw.stream().map(BrokerSubPermission::fromWire).toList();
    }

    /**
     * absent right after creation. {@code UNKNOWN} when this SDK version does not know the value; {@link #languageRaw()} has the text as sent.
     */
    public @Nullable BrokerLanguage language() {
        return languageRaw == null ? null : BrokerLanguage.fromWire(languageRaw);
    }
}
