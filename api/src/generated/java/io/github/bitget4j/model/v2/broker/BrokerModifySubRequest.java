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
 * @param permList required; replaces the permissions.
 * @param status required; normal or freeze.
 * @param language optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerModifySubRequest(
        String subUid,
        List<BrokerSubPermission> permList,
        BrokerSubStatus status,
        @Nullable BrokerLanguage language,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "permList", "status", "language");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerModifySubRequest {
        Require.text(subUid, "subUid");
        permList = Require.nonEmpty(permList, "permList");
        Require.known(status, "status");
        Require.knownIfPresent(language, "language");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerModifySubRequest(String subUid, List<BrokerSubPermission> permList, BrokerSubStatus status, @Nullable BrokerLanguage language) {
        this(subUid, permList, status, language, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerModifySubRequest withExtraParam(String name, Object value) {
        return new BrokerModifySubRequest(subUid, permList, status, language, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String subUid;
        private @Nullable List<BrokerSubPermission> permList;
        private @Nullable BrokerSubStatus status;
        private @Nullable BrokerLanguage language;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets subUid. Required. */
        public Builder subUid(String subUid) {
            this.subUid = subUid;
            return this;
        }

        /** replaces the permissions. Required. */
        public Builder permList(List<BrokerSubPermission> permList) {
            this.permList = permList;
            return this;
        }

        /** normal or freeze. Required. */
        public Builder status(BrokerSubStatus status) {
            this.status = status;
            return this;
        }

        /** Sets language. Optional. */
        public Builder language(@Nullable BrokerLanguage language) {
            this.language = language;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public BrokerModifySubRequest build() {
            return new BrokerModifySubRequest(subUid, permList, status, language, extraParams);
        }
    }
}
