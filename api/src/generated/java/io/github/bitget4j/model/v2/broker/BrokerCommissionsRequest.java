// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param startTime set both or neither; span at most 30 days; default yesterday (optional, sent as {@code startTime})
 * @param endTime end of the time range (optional, sent as {@code endTime})
 * @param pageSize default 100 (optional, greater than 0, at most 1000, sent as {@code pageSize})
 * @param pageNo default 1 (optional, greater than 0, sent as {@code pageNo})
 * @param bizType unset for both (optional, sent as {@code bizType})
 * @param subBizType must belong to bizType (optional, sent as {@code subBizType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerCommissionsRequest(
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer pageSize,
        @Nullable Integer pageNo,
        @Nullable BrokerBizType bizType,
        @Nullable BrokerSubBizType subBizType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "pageSize", "pageNo", "bizType", "subBizType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerCommissionsRequest {
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "1000");
        Require.positiveIfPresent(pageNo, "pageNo");
        Require.knownIfPresent(bizType, "bizType");
        Require.knownIfPresent(subBizType, "subBizType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param startTime set both or neither; span at most 30 days; default yesterday (optional, sent as {@code startTime})
     * @param endTime end of the time range (optional, sent as {@code endTime})
     * @param pageSize default 100 (optional, greater than 0, at most 1000, sent as {@code pageSize})
     * @param pageNo default 1 (optional, greater than 0, sent as {@code pageNo})
     * @param bizType unset for both (optional, sent as {@code bizType})
     * @param subBizType must belong to bizType (optional, sent as {@code subBizType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerCommissionsRequest(@Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer pageSize, @Nullable Integer pageNo, @Nullable BrokerBizType bizType, @Nullable BrokerSubBizType subBizType) {
        this(startTime, endTime, pageSize, pageNo, bizType, subBizType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public BrokerCommissionsRequest withExtraParam(String name, Object value) {
        return new BrokerCommissionsRequest(startTime, endTime, pageSize, pageNo, bizType, subBizType, Require.withExtra(extraParams, name, value));
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
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer pageSize;
        private @Nullable Integer pageNo;
        private @Nullable BrokerBizType bizType;
        private @Nullable BrokerSubBizType subBizType;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code startTime}: set both or neither; span at most 30 days; default yesterday (optional, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: end of the time range (optional, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code pageSize}: default 100 (optional, greater than 0, at most 1000, sent as {@code pageSize}). Checked by {@link #build()}.
         *
         * @param pageSize the value, or null to leave it unset
         * @return this builder
         */
        public Builder pageSize(@Nullable Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Sets {@code pageNo}: default 1 (optional, greater than 0, sent as {@code pageNo}). Checked by {@link #build()}.
         *
         * @param pageNo the value, or null to leave it unset
         * @return this builder
         */
        public Builder pageNo(@Nullable Integer pageNo) {
            this.pageNo = pageNo;
            return this;
        }

        /**
         * Sets {@code bizType}: unset for both (optional, sent as {@code bizType}). Checked by {@link #build()}.
         *
         * @param bizType the value, or null to leave it unset
         * @return this builder
         */
        public Builder bizType(@Nullable BrokerBizType bizType) {
            this.bizType = bizType;
            return this;
        }

        /**
         * Sets {@code subBizType}: must belong to bizType (optional, sent as {@code subBizType}). Checked by {@link #build()}.
         *
         * @param subBizType the value, or null to leave it unset
         * @return this builder
         */
        public Builder subBizType(@Nullable BrokerSubBizType subBizType) {
            this.subBizType = subBizType;
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
        public BrokerCommissionsRequest build() {
            return new BrokerCommissionsRequest(startTime, endTime, pageSize, pageNo, bizType, subBizType, extraParams);
        }
    }
}
