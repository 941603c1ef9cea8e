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
 * @param permList replaces the permissions (required, not empty, sent as {@code permList})
 * @param status normal or freeze (required, sent as {@code status})
 * @param language language, one of {@code en_US}, {@code zh_CN}, {@code ja_JP}, {@code vi_VN}, {@code zh_TW}, {@code ru_RU}, {@code es_ES}, {@code tr_TR} and 4 more (optional, sent as {@code language})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerModifySubRequest(
        String subUid,
        List<BrokerSubPermission> permList,
        BrokerSubStatus status,
        @Nullable BrokerLanguage language,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "permList", "status", "language");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerModifySubRequest {
        Require.text(subUid, "subUid");
        permList = Require.nonEmpty(permList, "permList");
        Require.known(status, "status");
        Require.knownIfPresent(language, "language");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subUid sub-account user ID (required, sent as {@code subUid})
     * @param permList replaces the permissions (required, not empty, sent as {@code permList})
     * @param status normal or freeze (required, sent as {@code status})
     * @param language language, one of {@code en_US}, {@code zh_CN}, {@code ja_JP}, {@code vi_VN}, {@code zh_TW}, {@code ru_RU}, {@code es_ES}, {@code tr_TR} and 4 more (optional, sent as {@code language})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerModifySubRequest(String subUid, List<BrokerSubPermission> permList, BrokerSubStatus status, @Nullable BrokerLanguage language) {
        this(subUid, permList, status, language, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public BrokerModifySubRequest withExtraParam(String name, Object value) {
        return new BrokerModifySubRequest(subUid, permList, status, language, Require.withExtra(extraParams, name, value));
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
        private @Nullable List<BrokerSubPermission> permList;
        private @Nullable BrokerSubStatus status;
        private @Nullable BrokerLanguage language;
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
         * Sets {@code permList}: replaces the permissions (required, not empty, sent as {@code permList}). Checked by {@link #build()}.
         *
         * @param permList the value
         * @return this builder
         */
        public Builder permList(List<BrokerSubPermission> permList) {
            this.permList = permList;
            return this;
        }

        /**
         * Sets {@code status}: normal or freeze (required, sent as {@code status}). Checked by {@link #build()}.
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(BrokerSubStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code language}: language, one of {@code en_US}, {@code zh_CN}, {@code ja_JP}, {@code vi_VN}, {@code zh_TW}, {@code ru_RU}, {@code es_ES}, {@code tr_TR} and 4 more (optional, sent as {@code language}). Checked by {@link #build()}.
         *
         * @param language the value, or null to leave it unset
         * @return this builder
         */
        public Builder language(@Nullable BrokerLanguage language) {
            this.language = language;
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
        public BrokerModifySubRequest build() {
            return new BrokerModifySubRequest(subUid, permList, status, language, extraParams);
        }
    }
}
