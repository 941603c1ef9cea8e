// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new API key of a broker sub-account. Build it with {@link #builder()}.
 *
 * @param subUid the sub-account uid (required, sent as {@code subUid})
 * @param passphrase the new key's passphrase; secret: never log (required, sent as {@code passphrase})
 * @param label a note for the key (required, sent as {@code label})
 * @param ipList IP whitelist, up to 30 addresses (optional, sent as {@code ipList})
 * @param permType read_and_write or readonly as Bitget's table lists them (its example sends read_write) (required, sent as {@code permType})
 * @param permList e.g. uta_trade, uta_mgt, withdraw (withdraw needs read-and-write) (required, not empty, sent as {@code permList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaBrokerCreateApiKeyRequest(
        String subUid,
        String passphrase,
        String label,
        @Nullable List<String> ipList,
        String permType,
        List<String> permList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "passphrase", "label", "ipList", "permType", "permList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBrokerCreateApiKeyRequest {
        Require.text(subUid, "subUid");
        Require.text(passphrase, "passphrase");
        Require.text(label, "label");
        ipList = Require.listIfPresent(ipList, "ipList");
        Require.text(permType, "permType");
        permList = Require.nonEmpty(permList, "permList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subUid the sub-account uid (required, sent as {@code subUid})
     * @param passphrase the new key's passphrase; secret: never log (required, sent as {@code passphrase})
     * @param label a note for the key (required, sent as {@code label})
     * @param ipList IP whitelist, up to 30 addresses (optional, sent as {@code ipList})
     * @param permType read_and_write or readonly as Bitget's table lists them (its example sends read_write) (required, sent as {@code permType})
     * @param permList e.g. uta_trade, uta_mgt, withdraw (withdraw needs read-and-write) (required, not empty, sent as {@code permList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBrokerCreateApiKeyRequest(String subUid, String passphrase, String label, @Nullable List<String> ipList, String permType, List<String> permList) {
        this(subUid, passphrase, label, ipList, permType, permList, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaBrokerCreateApiKeyRequest withExtraParam(String name, Object value) {
        return new UtaBrokerCreateApiKeyRequest(subUid, passphrase, label, ipList, permType, permList, Require.withExtra(extraParams, name, value));
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
        private @Nullable String passphrase;
        private @Nullable String label;
        private @Nullable List<String> ipList;
        private @Nullable String permType;
        private @Nullable List<String> permList;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code subUid}: the sub-account uid (required, sent as {@code subUid}). Checked by {@link #build()}.
         *
         * @param subUid the value
         * @return this builder
         */
        public Builder subUid(String subUid) {
            this.subUid = subUid;
            return this;
        }

        /**
         * Sets {@code passphrase}: the new key's passphrase; secret: never log (required, sent as {@code passphrase}). Checked by {@link #build()}.
         *
         * @param passphrase the value
         * @return this builder
         */
        public Builder passphrase(String passphrase) {
            this.passphrase = passphrase;
            return this;
        }

        /**
         * Sets {@code label}: a note for the key (required, sent as {@code label}). Checked by {@link #build()}.
         *
         * @param label the value
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * Sets {@code ipList}: IP whitelist, up to 30 addresses (optional, sent as {@code ipList}). Checked by {@link #build()}.
         *
         * @param ipList the value, or null to leave it unset
         * @return this builder
         */
        public Builder ipList(@Nullable List<String> ipList) {
            this.ipList = ipList;
            return this;
        }

        /**
         * Sets {@code permType}: read_and_write or readonly as Bitget's table lists them (its example sends read_write) (required, sent as {@code permType}). Checked by {@link #build()}.
         *
         * @param permType the value
         * @return this builder
         */
        public Builder permType(String permType) {
            this.permType = permType;
            return this;
        }

        /**
         * Sets {@code permList}: e.g. uta_trade, uta_mgt, withdraw (withdraw needs read-and-write) (required, not empty, sent as {@code permList}). Checked by {@link #build()}.
         *
         * @param permList the value
         * @return this builder
         */
        public Builder permList(List<String> permList) {
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
        public UtaBrokerCreateApiKeyRequest build() {
            return new UtaBrokerCreateApiKeyRequest(subUid, passphrase, label, ipList, permType, permList, extraParams);
        }
    }
}
