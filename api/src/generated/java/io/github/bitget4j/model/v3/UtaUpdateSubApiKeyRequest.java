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
 * @param apikey the key to change (Bitget spells the field apikey) (required, sent as {@code apikey})
 * @param passphrase the key's passphrase (required, sent as {@code passphrase})
 * @param type new type; give it together with permissions (optional, sent as {@code type})
 * @param permissions new permissions; give them together with type (optional, sent as {@code permissions})
 * @param ips new IPv4 list (empty removes it; unset keeps it) (optional, sent as {@code ips})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaUpdateSubApiKeyRequest {
        Require.text(apikey, "apikey");
        Require.text(passphrase, "passphrase");
        Require.knownIfPresent(type, "type");
        permissions = Require.listIfPresent(permissions, "permissions");
        ips = Require.listIfPresent(ips, "ips");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param apikey the key to change (Bitget spells the field apikey) (required, sent as {@code apikey})
     * @param passphrase the key's passphrase (required, sent as {@code passphrase})
     * @param type new type; give it together with permissions (optional, sent as {@code type})
     * @param permissions new permissions; give them together with type (optional, sent as {@code permissions})
     * @param ips new IPv4 list (empty removes it; unset keeps it) (optional, sent as {@code ips})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaUpdateSubApiKeyRequest(String apikey, String passphrase, @Nullable UtaApiKeyType type, @Nullable List<String> permissions, @Nullable List<String> ips) {
        this(apikey, passphrase, type, permissions, ips, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaUpdateSubApiKeyRequest withExtraParam(String name, Object value) {
        return new UtaUpdateSubApiKeyRequest(apikey, passphrase, type, permissions, ips, Require.withExtra(extraParams, name, value));
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
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

        /**
         * Sets {@code apikey}: the key to change (Bitget spells the field apikey) (required, sent as {@code apikey}). Checked by {@link #build()}.
         *
         * @param apikey the value
         * @return this builder
         */
        public Builder apikey(String apikey) {
            this.apikey = apikey;
            return this;
        }

        /**
         * Sets {@code passphrase}: the key's passphrase (required, sent as {@code passphrase}). Checked by {@link #build()}.
         *
         * @param passphrase the value
         * @return this builder
         */
        public Builder passphrase(String passphrase) {
            this.passphrase = passphrase;
            return this;
        }

        /**
         * Sets {@code type}: new type; give it together with permissions (optional, sent as {@code type}). Checked by {@link #build()}.
         *
         * @param type the value, or null to leave it unset
         * @return this builder
         */
        public Builder type(@Nullable UtaApiKeyType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets {@code permissions}: new permissions; give them together with type (optional, sent as {@code permissions}). Checked by {@link #build()}.
         *
         * @param permissions the value, or null to leave it unset
         * @return this builder
         */
        public Builder permissions(@Nullable List<String> permissions) {
            this.permissions = permissions;
            return this;
        }

        /**
         * Sets {@code ips}: new IPv4 list (empty removes it; unset keeps it) (optional, sent as {@code ips}). Checked by {@link #build()}.
         *
         * @param ips the value, or null to leave it unset
         * @return this builder
         */
        public Builder ips(@Nullable List<String> ips) {
            this.ips = ips;
            return this;
        }

        /**
         * Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
         *
         * @param name the parameter's wire name; must not be a typed field's (checked by {@link #build()})
         * @param value its value, sent as its text
         * @return this builder
         */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /**
         * Checks the parameters and makes the request.
         *
         * @return the request
         * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
         */
        public UtaUpdateSubApiKeyRequest build() {
            return new UtaUpdateSubApiKeyRequest(apikey, passphrase, type, permissions, ips, extraParams);
        }
    }
}
