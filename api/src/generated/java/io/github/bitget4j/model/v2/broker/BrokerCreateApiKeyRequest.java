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
 * @param subUid required
 * @param passphrase required; secret: never log; 6 to 32 characters.
 * @param label optional; note, shorter than 20 characters.
 * @param ipList optional; IP whitelist, at most 30; required unless readonly.
 * @param permType required
 * @param permList required
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerCreateApiKeyRequest {
        Require.text(subUid, "subUid");
        Require.text(passphrase, "passphrase");
        ipList = Require.listIfPresent(ipList, "ipList");
        Require.known(permType, "permType");
        permList = Require.nonEmpty(permList, "permList");
        Require.requiredWhen(permType == BrokerApiKeyPermType.READ_AND_WRITE, ipList, "ipList is required when permType is read_and_write");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerCreateApiKeyRequest(String subUid, String passphrase, @Nullable String label, @Nullable List<String> ipList, BrokerApiKeyPermType permType, List<BrokerApiKeyPermission> permList) {
        this(subUid, passphrase, label, ipList, permType, permList, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerCreateApiKeyRequest withExtraParam(String name, Object value) {
        return new BrokerCreateApiKeyRequest(subUid, passphrase, label, ipList, permType, permList, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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

        /** Sets subUid. Required. */
        public Builder subUid(String subUid) {
            this.subUid = subUid;
            return this;
        }

        /** secret: never log; 6 to 32 characters. Required. */
        public Builder passphrase(String passphrase) {
            this.passphrase = passphrase;
            return this;
        }

        /** note, shorter than 20 characters. Optional. */
        public Builder label(@Nullable String label) {
            this.label = label;
            return this;
        }

        /** IP whitelist, at most 30; required unless readonly. Optional. */
        public Builder ipList(@Nullable List<String> ipList) {
            this.ipList = ipList;
            return this;
        }

        /** Sets permType. Required. */
        public Builder permType(BrokerApiKeyPermType permType) {
            this.permType = permType;
            return this;
        }

        /** Sets permList. Required. */
        public Builder permList(List<BrokerApiKeyPermission> permList) {
            this.permList = permList;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public BrokerCreateApiKeyRequest build() {
            return new BrokerCreateApiKeyRequest(subUid, passphrase, label, ipList, permType, permList, extraParams);
        }
    }
}
