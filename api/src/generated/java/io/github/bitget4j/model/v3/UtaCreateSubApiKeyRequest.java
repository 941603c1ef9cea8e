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
 * @param subUid the sub-account's uid (required, sent as {@code subUid})
 * @param note name of the key: starts with a letter; letters, digits, - and _ (required, sent as {@code note})
 * @param type read-only or read-write (required, sent as {@code type})
 * @param passphrase 8 to 32 letters and digits (required, sent as {@code passphrase})
 * @param permissions e.g. uta_mgt, uta_trade (required, not empty, sent as {@code permissions})
 * @param ips allowed IPv4 addresses, at most 30 (required, not empty, sent as {@code ips})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCreateSubApiKeyRequest {
        Require.text(subUid, "subUid");
        Require.text(note, "note");
        Require.known(type, "type");
        Require.text(passphrase, "passphrase");
        permissions = Require.nonEmpty(permissions, "permissions");
        ips = Require.nonEmpty(ips, "ips");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subUid the sub-account's uid (required, sent as {@code subUid})
     * @param note name of the key: starts with a letter; letters, digits, - and _ (required, sent as {@code note})
     * @param type read-only or read-write (required, sent as {@code type})
     * @param passphrase 8 to 32 letters and digits (required, sent as {@code passphrase})
     * @param permissions e.g. uta_mgt, uta_trade (required, not empty, sent as {@code permissions})
     * @param ips allowed IPv4 addresses, at most 30 (required, not empty, sent as {@code ips})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCreateSubApiKeyRequest(String subUid, String note, UtaApiKeyType type, String passphrase, List<String> permissions, List<String> ips) {
        this(subUid, note, type, passphrase, permissions, ips, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaCreateSubApiKeyRequest withExtraParam(String name, Object value) {
        return new UtaCreateSubApiKeyRequest(subUid, note, type, passphrase, permissions, ips, Require.withExtra(extraParams, name, value));
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
        private @Nullable String subUid;
        private @Nullable String note;
        private @Nullable UtaApiKeyType type;
        private @Nullable String passphrase;
        private @Nullable List<String> permissions;
        private @Nullable List<String> ips;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code subUid}: the sub-account's uid (required, sent as {@code subUid}). Checked by {@link #build()}.
         *
         * @param subUid the value
         * @return this builder
         */
        public Builder subUid(String subUid) {
            this.subUid = subUid;
            return this;
        }

        /**
         * Sets {@code note}: name of the key: starts with a letter; letters, digits, - and _ (required, sent as {@code note}). Checked by {@link #build()}.
         *
         * @param note the value
         * @return this builder
         */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /**
         * Sets {@code type}: read-only or read-write (required, sent as {@code type}). Checked by {@link #build()}.
         *
         * @param type the value
         * @return this builder
         */
        public Builder type(UtaApiKeyType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets {@code passphrase}: 8 to 32 letters and digits (required, sent as {@code passphrase}). Checked by {@link #build()}.
         *
         * @param passphrase the value
         * @return this builder
         */
        public Builder passphrase(String passphrase) {
            this.passphrase = passphrase;
            return this;
        }

        /**
         * Sets {@code permissions}: e.g. uta_mgt, uta_trade (required, not empty, sent as {@code permissions}). Checked by {@link #build()}.
         *
         * @param permissions the value
         * @return this builder
         */
        public Builder permissions(List<String> permissions) {
            this.permissions = permissions;
            return this;
        }

        /**
         * Sets {@code ips}: allowed IPv4 addresses, at most 30 (required, not empty, sent as {@code ips}). Checked by {@link #build()}.
         *
         * @param ips the value
         * @return this builder
         */
        public Builder ips(List<String> ips) {
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
        public UtaCreateSubApiKeyRequest build() {
            return new UtaCreateSubApiKeyRequest(subUid, note, type, passphrase, permissions, ips, extraParams);
        }
    }
}
