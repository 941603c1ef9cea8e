// Generated from codegen/model/v2/copy-broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param traderId trader id (optional, sent as {@code traderId})
 * @param traderName fuzzy match on the alias (optional, sent as {@code traderName})
 * @param fullStatus full (traders at their follower cap) or all (default) (optional, sent as {@code fullStatus})
 * @param sortRule composite (default), roi, totalPL or aum (optional, sent as {@code sortRule})
 * @param sortFlag default desc (optional, sent as {@code sortFlag})
 * @param languageType zh-CN or en-US: language of columnList describe texts (optional, sent as {@code languageType})
 * @param pageSize default 20 (optional, greater than 0, at most 20, sent as {@code pageSize})
 * @param pageNo from 1 (optional, greater than 0, sent as {@code pageNo})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyBrokerTradersRequest(
        @Nullable String traderId,
        @Nullable String traderName,
        @Nullable String fullStatus,
        @Nullable String sortRule,
        @Nullable CopySortOrder sortFlag,
        @Nullable String languageType,
        @Nullable Integer pageSize,
        @Nullable Integer pageNo,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("traderId", "traderName", "fullStatus", "sortRule", "sortFlag", "languageType", "pageSize", "pageNo");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyBrokerTradersRequest {
        Require.knownIfPresent(sortFlag, "sortFlag");
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "20");
        Require.positiveIfPresent(pageNo, "pageNo");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param traderId trader id (optional, sent as {@code traderId})
     * @param traderName fuzzy match on the alias (optional, sent as {@code traderName})
     * @param fullStatus full (traders at their follower cap) or all (default) (optional, sent as {@code fullStatus})
     * @param sortRule composite (default), roi, totalPL or aum (optional, sent as {@code sortRule})
     * @param sortFlag default desc (optional, sent as {@code sortFlag})
     * @param languageType zh-CN or en-US: language of columnList describe texts (optional, sent as {@code languageType})
     * @param pageSize default 20 (optional, greater than 0, at most 20, sent as {@code pageSize})
     * @param pageNo from 1 (optional, greater than 0, sent as {@code pageNo})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyBrokerTradersRequest(@Nullable String traderId, @Nullable String traderName, @Nullable String fullStatus, @Nullable String sortRule, @Nullable CopySortOrder sortFlag, @Nullable String languageType, @Nullable Integer pageSize, @Nullable Integer pageNo) {
        this(traderId, traderName, fullStatus, sortRule, sortFlag, languageType, pageSize, pageNo, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopyBrokerTradersRequest withExtraParam(String name, Object value) {
        return new CopyBrokerTradersRequest(traderId, traderName, fullStatus, sortRule, sortFlag, languageType, pageSize, pageNo, Require.withExtra(extraParams, name, value));
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
        private @Nullable String traderId;
        private @Nullable String traderName;
        private @Nullable String fullStatus;
        private @Nullable String sortRule;
        private @Nullable CopySortOrder sortFlag;
        private @Nullable String languageType;
        private @Nullable Integer pageSize;
        private @Nullable Integer pageNo;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code traderId}: trader id (optional, sent as {@code traderId}). Checked by {@link #build()}.
         *
         * @param traderId the value, or null to leave it unset
         * @return this builder
         */
        public Builder traderId(@Nullable String traderId) {
            this.traderId = traderId;
            return this;
        }

        /**
         * Sets {@code traderName}: fuzzy match on the alias (optional, sent as {@code traderName}). Checked by {@link #build()}.
         *
         * @param traderName the value, or null to leave it unset
         * @return this builder
         */
        public Builder traderName(@Nullable String traderName) {
            this.traderName = traderName;
            return this;
        }

        /**
         * Sets {@code fullStatus}: full (traders at their follower cap) or all (default) (optional, sent as {@code fullStatus}). Checked by {@link #build()}.
         *
         * @param fullStatus the value, or null to leave it unset
         * @return this builder
         */
        public Builder fullStatus(@Nullable String fullStatus) {
            this.fullStatus = fullStatus;
            return this;
        }

        /**
         * Sets {@code sortRule}: composite (default), roi, totalPL or aum (optional, sent as {@code sortRule}). Checked by {@link #build()}.
         *
         * @param sortRule the value, or null to leave it unset
         * @return this builder
         */
        public Builder sortRule(@Nullable String sortRule) {
            this.sortRule = sortRule;
            return this;
        }

        /**
         * Sets {@code sortFlag}: default desc (optional, sent as {@code sortFlag}). Checked by {@link #build()}.
         *
         * @param sortFlag the value, or null to leave it unset
         * @return this builder
         */
        public Builder sortFlag(@Nullable CopySortOrder sortFlag) {
            this.sortFlag = sortFlag;
            return this;
        }

        /**
         * Sets {@code languageType}: zh-CN or en-US: language of columnList describe texts (optional, sent as {@code languageType}). Checked by {@link #build()}.
         *
         * @param languageType the value, or null to leave it unset
         * @return this builder
         */
        public Builder languageType(@Nullable String languageType) {
            this.languageType = languageType;
            return this;
        }

        /**
         * Sets {@code pageSize}: default 20 (optional, greater than 0, at most 20, sent as {@code pageSize}). Checked by {@link #build()}.
         *
         * @param pageSize the value, or null to leave it unset
         * @return this builder
         */
        public Builder pageSize(@Nullable Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Sets {@code pageNo}: from 1 (optional, greater than 0, sent as {@code pageNo}). Checked by {@link #build()}.
         *
         * @param pageNo the value, or null to leave it unset
         * @return this builder
         */
        public Builder pageNo(@Nullable Integer pageNo) {
            this.pageNo = pageNo;
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
        public CopyBrokerTradersRequest build() {
            return new CopyBrokerTradersRequest(traderId, traderName, fullStatus, sortRule, sortFlag, languageType, pageSize, pageNo, extraParams);
        }
    }
}
