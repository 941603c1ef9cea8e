// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param subAccountUid required
 * @param subAccountApiKey required; the key to change.
 * @param passphrase required; the key's passphrase; secret: never log.
 * @param label required; note, at most 20 characters.
 * @param ipList optional; IP whitelist, at most 30; unset clears it.
 * @param permList optional; unset keeps the current permissions, empty removes them.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SubAccountApiKeyModifyRequest(
        String subAccountUid,
        String subAccountApiKey,
        String passphrase,
        String label,
        @Nullable List<String> ipList,
        @Nullable List<String> permList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subAccountUid", "subAccountApiKey", "passphrase", "label", "ipList", "permList");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SubAccountApiKeyModifyRequest {
        Require.text(subAccountUid, "subAccountUid");
        Require.text(subAccountApiKey, "subAccountApiKey");
        Require.text(passphrase, "passphrase");
        Require.text(label, "label");
        ipList = Require.listIfPresent(ipList, "ipList");
        permList = Require.listIfPresent(permList, "permList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SubAccountApiKeyModifyRequest(String subAccountUid, String subAccountApiKey, String passphrase, String label, @Nullable List<String> ipList, @Nullable List<String> permList) {
        this(subAccountUid, subAccountApiKey, passphrase, label, ipList, permList, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SubAccountApiKeyModifyRequest withExtraParam(String name, Object value) {
        return new SubAccountApiKeyModifyRequest(subAccountUid, subAccountApiKey, passphrase, label, ipList, permList, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String subAccountUid;
        private @Nullable String subAccountApiKey;
        private @Nullable String passphrase;
        private @Nullable String label;
        private @Nullable List<String> ipList;
        private @Nullable List<String> permList;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets subAccountUid. Required. */
        public Builder subAccountUid(String subAccountUid) {
            this.subAccountUid = subAccountUid;
            return this;
        }

        /** the key to change. Required. */
        public Builder subAccountApiKey(String subAccountApiKey) {
            this.subAccountApiKey = subAccountApiKey;
            return this;
        }

        /** the key's passphrase; secret: never log. Required. */
        public Builder passphrase(String passphrase) {
            this.passphrase = passphrase;
            return this;
        }

        /** note, at most 20 characters. Required. */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /** IP whitelist, at most 30; unset clears it. Optional. */
        public Builder ipList(@Nullable List<String> ipList) {
            this.ipList = ipList;
            return this;
        }

        /** unset keeps the current permissions, empty removes them. Optional. */
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
        public SubAccountApiKeyModifyRequest build() {
            return new SubAccountApiKeyModifyRequest(subAccountUid, subAccountApiKey, passphrase, label, ipList, permList, extraParams);
        }
    }
}
