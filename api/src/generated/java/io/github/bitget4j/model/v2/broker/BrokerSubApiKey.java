// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An API key of a sub-account.
 *
 * @param subUid sub uid ({@code subUid})
 * @param label label ({@code label})
 * @param apiKey api key ({@code apiKey})
 * @param secretKey secret: never log.
 * @param permTypeRaw the text Bitget sent for permType; read it as an enum with {@link #permType()}.
 * @param permListRaw the text Bitget sent for permList; read it as an enum with {@link #permList()}.
 * @param ipList IP whitelist.
 */
public record BrokerSubApiKey(
        String subUid,
        @Nullable String label,
        String apiKey,
        @Nullable String secretKey,
        @SerializedName("permType") @Nullable String permTypeRaw,
        @SerializedName("permList") @Nullable List<String> permListRaw,
        @Nullable List<String> ipList) {

    /**
     * The permType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #permTypeRaw()} has the text as sent)
     */
    public @Nullable BrokerApiKeyPermType permType() {
        return permTypeRaw == null ? null : BrokerApiKeyPermType.fromWire(permTypeRaw);
    }

    /**
     * The permList.
     *
     * @return the values or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know one ({@link #permListRaw()} has the text as sent)
     */
    public @Nullable List<BrokerApiKeyPermission> permList() {
        return permListRaw == null ? null : permListRaw.stream().map(BrokerApiKeyPermission::fromWire).toList();
    }
}
