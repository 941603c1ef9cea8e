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
 * @param subAccountUid sub account uid (required, sent as {@code subAccountUid})
 * @param passphrase the new key's passphrase, 8-32 letters and digits; secret: never log (required, sent as {@code passphrase})
 * @param label note, at most 20 characters (required, sent as {@code label})
 * @param ipList IP whitelist, at most 30 (optional, sent as {@code ipList})
 * @param permType read_and_write or readonly (optional, sent as {@code permType})
 * @param permList e.g. spot_trade, margin_trade, contract_trade, read (optional, sent as {@code permList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SubAccountApiKeyCreateRequest(
        String subAccountUid,
        String passphrase,
        String label,
        @Nullable List<String> ipList,
        @Nullable String permType,
        @Nullable List<String> permList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subAccountUid", "passphrase", "label", "ipList", "permType", "permList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SubAccountApiKeyCreateRequest {
        Require.text(subAccountUid, "subAccountUid");
        Require.text(passphrase, "passphrase");
        Require.text(label, "label");
        ipList = Require.listIfPresent(ipList, "ipList");
        permList = Require.listIfPresent(permList, "permList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subAccountUid sub account uid (required, sent as {@code subAccountUid})
     * @param passphrase the new key's passphrase, 8-32 letters and digits; secret: never log (required, sent as {@code passphrase})
     * @param label note, at most 20 characters (required, sent as {@code label})
     * @param ipList IP whitelist, at most 30 (optional, sent as {@code ipList})
     * @param permType read_and_write or readonly (optional, sent as {@code permType})
     * @param permList e.g. spot_trade, margin_trade, contract_trade, read (optional, sent as {@code permList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SubAccountApiKeyCreateRequest(String subAccountUid, String passphrase, String label, @Nullable List<String> ipList, @Nullable String permType, @Nullable List<String> permList) {
        this(subAccountUid, passphrase, label, ipList, permType, permList, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SubAccountApiKeyCreateRequest withExtraParam(String name, Object value) {
        return new SubAccountApiKeyCreateRequest(subAccountUid, passphrase, label, ipList, permType, permList, Require.withExtra(extraParams, name, value));
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
        private @Nullable String subAccountUid;
        private @Nullable String passphrase;
        private @Nullable String label;
        private @Nullable List<String> ipList;
        private @Nullable String permType;
        private @Nullable List<String> permList;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code subAccountUid}: sub account uid (required, sent as {@code subAccountUid}). Checked by {@link #build()}.
         *
         * @param subAccountUid the value
         * @return this builder
         */
        public Builder subAccountUid(String subAccountUid) {
            this.subAccountUid = subAccountUid;
            return this;
        }

        /**
         * Sets {@code passphrase}: the new key's passphrase, 8-32 letters and digits; secret: never log (required, sent as {@code passphrase}). Checked by {@link #build()}.
         *
         * @param passphrase the value
         * @return this builder
         */
        public Builder passphrase(String passphrase) {
            this.passphrase = passphrase;
            return this;
        }

        /**
         * Sets {@code label}: note, at most 20 characters (required, sent as {@code label}). Checked by {@link #build()}.
         *
         * @param label the value
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * Sets {@code ipList}: IP whitelist, at most 30 (optional, sent as {@code ipList}). Checked by {@link #build()}.
         *
         * @param ipList the value, or null to leave it unset
         * @return this builder
         */
        public Builder ipList(@Nullable List<String> ipList) {
            this.ipList = ipList;
            return this;
        }

        /**
         * Sets {@code permType}: read_and_write or readonly (optional, sent as {@code permType}). Checked by {@link #build()}.
         *
         * @param permType the value, or null to leave it unset
         * @return this builder
         */
        public Builder permType(@Nullable String permType) {
            this.permType = permType;
            return this;
        }

        /**
         * Sets {@code permList}: e.g. spot_trade, margin_trade, contract_trade, read (optional, sent as {@code permList}). Checked by {@link #build()}.
         *
         * @param permList the value, or null to leave it unset
         * @return this builder
         */
        public Builder permList(@Nullable List<String> permList) {
            this.permList = permList;
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
        public SubAccountApiKeyCreateRequest build() {
            return new SubAccountApiKeyCreateRequest(subAccountUid, passphrase, label, ipList, permType, permList, extraParams);
        }
    }
}
