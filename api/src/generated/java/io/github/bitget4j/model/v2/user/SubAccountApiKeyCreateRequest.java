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
 * @param passphrase required; the new key's passphrase, 8-32 letters and digits; secret: never log.
 * @param label required; note, at most 20 characters.
 * @param ipList optional; IP whitelist, at most 30.
 * @param permType optional; read_and_write or readonly.
 * @param permList optional; e.g. spot_trade, margin_trade, contract_trade, read.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SubAccountApiKeyCreateRequest {
        Require.text(subAccountUid, "subAccountUid");
        Require.text(passphrase, "passphrase");
        Require.text(label, "label");
        ipList = Require.listIfPresent(ipList, "ipList");
        permList = Require.listIfPresent(permList, "permList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SubAccountApiKeyCreateRequest(String subAccountUid, String passphrase, String label, @Nullable List<String> ipList, @Nullable String permType, @Nullable List<String> permList) {
        this(subAccountUid, passphrase, label, ipList, permType, permList, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SubAccountApiKeyCreateRequest withExtraParam(String name, Object value) {
        return new SubAccountApiKeyCreateRequest(subAccountUid, passphrase, label, ipList, permType, permList, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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

        /** Sets subAccountUid. Required. */
        public Builder subAccountUid(String subAccountUid) {
            this.subAccountUid = subAccountUid;
            return this;
        }

        /** the new key's passphrase, 8-32 letters and digits; secret: never log. Required. */
        public Builder passphrase(String passphrase) {
            this.passphrase = passphrase;
            return this;
        }

        /** note, at most 20 characters. Required. */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /** IP whitelist, at most 30. Optional. */
        public Builder ipList(@Nullable List<String> ipList) {
            this.ipList = ipList;
            return this;
        }

        /** read_and_write or readonly. Optional. */
        public Builder permType(@Nullable String permType) {
            this.permType = permType;
            return this;
        }

        /** e.g. spot_trade, margin_trade, contract_trade, read. Optional. */
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
        public SubAccountApiKeyCreateRequest build() {
            return new SubAccountApiKeyCreateRequest(subAccountUid, passphrase, label, ipList, permType, permList, extraParams);
        }
    }
}
