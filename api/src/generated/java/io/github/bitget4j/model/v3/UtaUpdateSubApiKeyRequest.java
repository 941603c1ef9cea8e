// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a sub-account API key. Build it with {@link #builder()}.
 *
 * @param apikey required; the key to change (Bitget spells the field apikey).
 * @param passphrase required; the key's passphrase.
 * @param type optional; new type; give it together with permissions.
 * @param permissions optional; new permissions; give them together with type.
 * @param ips optional; new IPv4 list (empty removes it; unset keeps it).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaUpdateSubApiKeyRequest(
        String apikey,
        String passphrase,
        @Nullable UtaApiKeyType type,
        @Nullable List<String> permissions,
        @Nullable List<String> ips,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("apikey", "passphrase", "type", "permissions", "ips");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaUpdateSubApiKeyRequest {
        Require.text(apikey, "apikey");
        Require.text(passphrase, "passphrase");
        Require.knownIfPresent(type, "type");
        permissions = Require.listIfPresent(permissions, "permissions");
        ips = Require.listIfPresent(ips, "ips");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaUpdateSubApiKeyRequest(String apikey, String passphrase, @Nullable UtaApiKeyType type, @Nullable List<String> permissions, @Nullable List<String> ips) {
        this(apikey, passphrase, type, permissions, ips, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaUpdateSubApiKeyRequest withExtraParam(String name, Object value) {
        return new UtaUpdateSubApiKeyRequest(apikey, passphrase, type, permissions, ips, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String apikey;
        private @Nullable String passphrase;
        private @Nullable UtaApiKeyType type;
        private @Nullable List<String> permissions;
        private @Nullable List<String> ips;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the key to change (Bitget spells the field apikey). Required. */
        public Builder apikey(String apikey) {
            this.apikey = apikey;
            return this;
        }

        /** the key's passphrase. Required. */
        public Builder passphrase(String passphrase) {
            this.passphrase = passphrase;
            return this;
        }

        /** new type; give it together with permissions. Optional. */
        public Builder type(@Nullable UtaApiKeyType type) {
            this.type = type;
            return this;
        }

        /** new permissions; give them together with type. Optional. */
        public Builder permissions(@Nullable List<String> permissions) {
            this.permissions = permissions;
            return this;
        }

        /** new IPv4 list (empty removes it; unset keeps it). Optional. */
        public Builder ips(@Nullable List<String> ips) {
            this.ips = ips;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaUpdateSubApiKeyRequest build() {
            return new UtaUpdateSubApiKeyRequest(apikey, passphrase, type, permissions, ips, extraParams);
        }
    }
}
