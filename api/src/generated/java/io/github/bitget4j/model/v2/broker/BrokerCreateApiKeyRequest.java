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
 * @param subUid sub-account user ID (required, sent as {@code subUid})
 * @param passphrase secret: never log; 6 to 32 characters (required, sent as {@code passphrase})
 * @param label note, shorter than 20 characters (optional, sent as {@code label})
 * @param ipList IP whitelist, at most 30; required unless readonly (optional, sent as {@code ipList})
 * @param permType perm type, one of {@code read_and_write}, {@code readonly} (required, sent as {@code permType})
 * @param permList perm list, each one of {@code contract_order}, {@code contract_position}, {@code spot_trade}, {@code margin_trade}, {@code copytrading_trade}, {@code wallet_transfer}, {@code wallet_withdraw} (required, not empty, sent as {@code permList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerCreateApiKeyRequest(
        String subUid,
        String passphrase,
        @Nullable String label,
        @Nullable List<String> ipList,
        BrokerApiKeyPermType permType,
        List<BrokerApiKeyPermission> permList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "passphrase", "label", "ipList", "permType", "permList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerCreateApiKeyRequest {
        Require.text(subUid, "subUid");
        Require.text(passphrase, "passphrase");
        ipList = Require.listIfPresent(ipList, "ipList");
        Require.known(permType, "permType");
        permList = Require.nonEmpty(permList, "permList");
        Require.requiredWhen(permType == BrokerApiKeyPermType.READ_AND_WRITE, ipList, "ipList is required when permType is read_and_write");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subUid sub-account user ID (required, sent as {@code subUid})
     * @param passphrase secret: never log; 6 to 32 characters (required, sent as {@code passphrase})
     * @param label note, shorter than 20 characters (optional, sent as {@code label})
     * @param ipList IP whitelist, at most 30; required unless readonly (optional, sent as {@code ipList})
     * @param permType perm type, one of {@code read_and_write}, {@code readonly} (required, sent as {@code permType})
     * @param permList perm list, each one of {@code contract_order}, {@code contract_position}, {@code spot_trade}, {@code margin_trade}, {@code copytrading_trade}, {@code wallet_transfer}, {@code wallet_withdraw} (required, not empty, sent as {@code permList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerCreateApiKeyRequest(String subUid, String passphrase, @Nullable String label, @Nullable List<String> ipList, BrokerApiKeyPermType permType, List<BrokerApiKeyPermission> permList) {
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
    public BrokerCreateApiKeyRequest withExtraParam(String name, Object value) {
        return new BrokerCreateApiKeyRequest(subUid, passphrase, label, ipList, permType, permList, Require.withExtra(extraParams, name, value));
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
        private @Nullable BrokerApiKeyPermType permType;
        private @Nullable List<BrokerApiKeyPermission> permList;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code subUid}: sub-account user ID (required, sent as {@code subUid}). Checked by {@link #build()}.
         *
         * @param subUid the value
         * @return this builder
         */
        public Builder subUid(String subUid) {
            this.subUid = subUid;
            return this;
        }

        /**
         * Sets {@code passphrase}: secret: never log; 6 to 32 characters (required, sent as {@code passphrase}). Checked by {@link #build()}.
         *
         * @param passphrase the value
         * @return this builder
         */
        public Builder passphrase(String passphrase) {
            this.passphrase = passphrase;
            return this;
        }

        /**
         * Sets {@code label}: note, shorter than 20 characters (optional, sent as {@code label}). Checked by {@link #build()}.
         *
         * @param label the value, or null to leave it unset
         * @return this builder
         */
        public Builder label(@Nullable String label) {
            this.label = label;
            return this;
        }

        /**
         * Sets {@code ipList}: IP whitelist, at most 30; required unless readonly (optional, sent as {@code ipList}). Checked by {@link #build()}.
         *
         * @param ipList the value, or null to leave it unset
         * @return this builder
         */
        public Builder ipList(@Nullable List<String> ipList) {
            this.ipList = ipList;
            return this;
        }

        /**
         * Sets {@code permType}: perm type, one of {@code read_and_write}, {@code readonly} (required, sent as {@code permType}). Checked by {@link #build()}.
         *
         * @param permType the value
         * @return this builder
         */
        public Builder permType(BrokerApiKeyPermType permType) {
            this.permType = permType;
            return this;
        }

        /**
         * Sets {@code permList}: perm list, each one of {@code contract_order}, {@code contract_position}, {@code spot_trade}, {@code margin_trade}, {@code copytrading_trade}, {@code wallet_transfer}, {@code wallet_withdraw} (required, not empty, sent as {@code permList}). Checked by {@link #build()}.
         *
         * @param permList the value
         * @return this builder
         */
        public Builder permList(List<BrokerApiKeyPermission> permList) {
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
        public BrokerCreateApiKeyRequest build() {
            return new BrokerCreateApiKeyRequest(subUid, passphrase, label, ipList, permType, permList, extraParams);
        }
    }
}
