// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Changes one API key of a broker sub-account. Build it with {@link #builder()}.
 *
 * @param subUid required; the sub-account uid.
 * @param passphrase required; the key's passphrase; secret: never log.
 * @param apiKey required; the API key to change.
 * @param label optional; a new note.
 * @param ipList optional; a new IP whitelist, up to 30 addresses.
 * @param permType optional; read_and_write or readonly as Bitget's table lists them (its example sends read_write).
 * @param permList optional; new permissions, e.g. uta_trade, uta_mgt, withdraw.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaBrokerModifyApiKeyRequest(
        String subUid,
        String passphrase,
        String apiKey,
        @Nullable String label,
        @Nullable List<String> ipList,
        @Nullable String permType,
        @Nullable List<String> permList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "passphrase", "apiKey", "label", "ipList", "permType", "permList");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaBrokerModifyApiKeyRequest {
        Require.text(subUid, "subUid");
        Require.text(passphrase, "passphrase");
        Require.text(apiKey, "apiKey");
        ipList = Require.listIfPresent(ipList, "ipList");
        permList = Require.listIfPresent(permList, "permList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaBrokerModifyApiKeyRequest(String subUid, String passphrase, String apiKey, @Nullable String label, @Nullable List<String> ipList, @Nullable String permType, @Nullable List<String> permList) {
        this(subUid, passphrase, apiKey, label, ipList, permType, permList, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaBrokerModifyApiKeyRequest withExtraParam(String name, Object value) {
        return new UtaBrokerModifyApiKeyRequest(subUid, passphrase, apiKey, label, ipList, permType, permList, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String subUid;
        private @Nullable String passphrase;
        private @Nullable String apiKey;
        private @Nullable String label;
        private @Nullable List<String> ipList;
        private @Nullable String permType;
        private @Nullable List<String> permList;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the sub-account uid. Required. */
        public Builder subUid(String subUid) {
            this.subUid = subUid;
            return this;
        }

        /** the key's passphrase; secret: never log. Required. */
        public Builder passphrase(String passphrase) {
            this.passphrase = passphrase;
            return this;
        }

        /** the API key to change. Required. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** a new note. Optional. */
        public Builder label(@Nullable String label) {
            this.label = label;
            return this;
        }

        /** a new IP whitelist, up to 30 addresses. Optional. */
        public Builder ipList(@Nullable List<String> ipList) {
            this.ipList = ipList;
            return this;
        }

        /** read_and_write or readonly as Bitget's table lists them (its example sends read_write). Optional. */
        public Builder permType(@Nullable String permType) {
            this.permType = permType;
            return this;
        }

        /** new permissions, e.g. uta_trade, uta_mgt, withdraw. Optional. */
        public Builder permList(@Nullable List<String> permList) {
            this.permList = permList;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaBrokerModifyApiKeyRequest build() {
            return new UtaBrokerModifyApiKeyRequest(subUid, passphrase, apiKey, label, ipList, permType, permList, extraParams);
        }
    }
}
