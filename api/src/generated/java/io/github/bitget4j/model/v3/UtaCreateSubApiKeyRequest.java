// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new sub-account API key. Build it with {@link #builder()}.
 *
 * @param subUid required; the sub-account's uid.
 * @param note required; name of the key: starts with a letter; letters, digits, - and _.
 * @param type required; read-only or read-write.
 * @param passphrase required; 8 to 32 letters and digits.
 * @param permissions required; e.g. uta_mgt, uta_trade.
 * @param ips required; allowed IPv4 addresses, at most 30.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCreateSubApiKeyRequest(
        String subUid,
        String note,
        UtaApiKeyType type,
        String passphrase,
        List<String> permissions,
        List<String> ips,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "note", "type", "passphrase", "permissions", "ips");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaCreateSubApiKeyRequest {
        Require.text(subUid, "subUid");
        Require.text(note, "note");
        Require.known(type, "type");
        Require.text(passphrase, "passphrase");
        permissions = Require.nonEmpty(permissions, "permissions");
        ips = Require.nonEmpty(ips, "ips");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaCreateSubApiKeyRequest(String subUid, String note, UtaApiKeyType type, String passphrase, List<String> permissions, List<String> ips) {
        this(subUid, note, type, passphrase, permissions, ips, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaCreateSubApiKeyRequest withExtraParam(String name, Object value) {
        return new UtaCreateSubApiKeyRequest(subUid, note, type, passphrase, permissions, ips, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String subUid;
        private @Nullable String note;
        private @Nullable UtaApiKeyType type;
        private @Nullable String passphrase;
        private @Nullable List<String> permissions;
        private @Nullable List<String> ips;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the sub-account's uid. Required. */
        public Builder subUid(String subUid) {
            this.subUid = subUid;
            return this;
        }

        /** name of the key: starts with a letter; letters, digits, - and _. Required. */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** read-only or read-write. Required. */
        public Builder type(UtaApiKeyType type) {
            this.type = type;
            return this;
        }

        /** 8 to 32 letters and digits. Required. */
        public Builder passphrase(String passphrase) {
            this.passphrase = passphrase;
            return this;
        }

        /** e.g. uta_mgt, uta_trade. Required. */
        public Builder permissions(List<String> permissions) {
            this.permissions = permissions;
            return this;
        }

        /** allowed IPv4 addresses, at most 30. Required. */
        public Builder ips(List<String> ips) {
            this.ips = ips;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaCreateSubApiKeyRequest build() {
            return new UtaCreateSubApiKeyRequest(subUid, note, type, passphrase, permissions, ips, extraParams);
        }
    }
}
