// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param subUid required
 * @param apiKey required
 * @param label optional
 * @param passphrase required; secret: never log.
 * @param ipList optional; replaces the whitelist, at most 30; unset to keep.
 * @param permType optional; unset to keep.
 * @param permList required; replaces the permissions.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerModifyApiKeyRequest(
        String subUid,
        String apiKey,
        @Nullable String label,
        String passphrase,
        @Nullable List<String> ipList,
        @Nullable BrokerApiKeyPermType permType,
        List<BrokerApiKeyPermission> permList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "apiKey", "label", "passphrase", "ipList", "permType", "permList");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerModifyApiKeyRequest {
        Require.text(subUid, "subUid");
        Require.text(apiKey, "apiKey");
        Require.text(passphrase, "passphrase");
        ipList = Require.listIfPresent(ipList, "ipList");
        Require.knownIfPresent(permType, "permType");
        permList = Require.nonEmpty(permList, "permList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerModifyApiKeyRequest(String subUid, String apiKey, @Nullable String label, String passphrase, @Nullable List<String> ipList, @Nullable BrokerApiKeyPermType permType, List<BrokerApiKeyPermission> permList) {
        this(subUid, apiKey, label, passphrase, ipList, permType, permList, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerModifyApiKeyRequest withExtraParam(String name, Object value) {
        return new BrokerModifyApiKeyRequest(subUid, apiKey, label, passphrase, ipList, permType, permList, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String subUid;
        private @Nullable String apiKey;
        private @Nullable String label;
        private @Nullable String passphrase;
        private @Nullable List<String> ipList;
        private @Nullable BrokerApiKeyPermType permType;
        private @Nullable List<BrokerApiKeyPermission> permList;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets subUid. Required. */
        public Builder subUid(String subUid) {
            this.subUid = subUid;
            return this;
        }

        /** Sets apiKey. Required. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** Sets label. Optional. */
        public Builder label(@Nullable String label) {
            this.label = label;
            return this;
        }

        /** secret: never log. Required. */
        public Builder passphrase(String passphrase) {
            this.passphrase = passphrase;
            return this;
        }

        /** replaces the whitelist, at most 30; unset to keep. Optional. */
        public Builder ipList(@Nullable List<String> ipList) {
            this.ipList = ipList;
            return this;
        }

        /** unset to keep. Optional. */
        public Builder permType(@Nullable BrokerApiKeyPermType permType) {
            this.permType = permType;
            return this;
        }

        /** replaces the permissions. Required. */
        public Builder permList(List<BrokerApiKeyPermission> permList) {
            this.permList = permList;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public BrokerModifyApiKeyRequest build() {
            return new BrokerModifyApiKeyRequest(subUid, apiKey, label, passphrase, ipList, permType, permList, extraParams);
        }
    }
}
