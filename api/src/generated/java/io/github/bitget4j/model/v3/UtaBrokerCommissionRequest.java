// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the commission query; all optional. Build it with {@link #builder()}.
 *
 * @param startTime earliest record, Unix milliseconds (optional, sent as {@code startTime})
 * @param endTime latest record, Unix milliseconds (optional, sent as {@code endTime})
 * @param pageSize page size (optional, greater than 0, sent as {@code pageSize})
 * @param pageNo page number, from 1 (optional, greater than 0, sent as {@code pageNo})
 * @param bizType spot or futures (optional, sent as {@code bizType})
 * @param subBizType a finer business line (optional, sent as {@code subBizType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaBrokerCommissionRequest(
        @Nullable Long startTime,
        @Nullable Long endTime,
        @Nullable Integer pageSize,
        @Nullable Integer pageNo,
        @Nullable UtaBrokerBizType bizType,
        @Nullable UtaBrokerSubBizType subBizType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "pageSize", "pageNo", "bizType", "subBizType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBrokerCommissionRequest {
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.positiveIfPresent(pageNo, "pageNo");
        Require.knownIfPresent(bizType, "bizType");
        Require.knownIfPresent(subBizType, "subBizType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param startTime earliest record, Unix milliseconds (optional, sent as {@code startTime})
     * @param endTime latest record, Unix milliseconds (optional, sent as {@code endTime})
     * @param pageSize page size (optional, greater than 0, sent as {@code pageSize})
     * @param pageNo page number, from 1 (optional, greater than 0, sent as {@code pageNo})
     * @param bizType spot or futures (optional, sent as {@code bizType})
     * @param subBizType a finer business line (optional, sent as {@code subBizType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBrokerCommissionRequest(@Nullable Long startTime, @Nullable Long endTime, @Nullable Integer pageSize, @Nullable Integer pageNo, @Nullable UtaBrokerBizType bizType, @Nullable UtaBrokerSubBizType subBizType) {
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
    public UtaBrokerCommissionRequest withExtraParam(String name, Object value) {
        return new UtaBrokerCommissionRequest(startTime, endTime, pageSize, pageNo, bizType, subBizType, Require.withExtra(extraParams, name, value));
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
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable Integer pageSize;
        private @Nullable Integer pageNo;
        private @Nullable UtaBrokerBizType bizType;
        private @Nullable UtaBrokerSubBizType subBizType;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code startTime}: earliest record, Unix milliseconds (optional, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder startTime(@Nullable Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: latest record, Unix milliseconds (optional, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder endTime(@Nullable Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code pageSize}: page size (optional, greater than 0, sent as {@code pageSize}). Checked by {@link #build()}.
         *
         * @param pageSize the value, or null to leave it unset
         * @return this builder
         */
        public Builder pageSize(@Nullable Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Sets {@code pageNo}: page number, from 1 (optional, greater than 0, sent as {@code pageNo}). Checked by {@link #build()}.
         *
         * @param pageNo the value, or null to leave it unset
         * @return this builder
         */
        public Builder pageNo(@Nullable Integer pageNo) {
            this.pageNo = pageNo;
            return this;
        }

        /**
         * Sets {@code bizType}: spot or futures (optional, sent as {@code bizType}). Checked by {@link #build()}.
         *
         * @param bizType the value, or null to leave it unset
         * @return this builder
         */
        public Builder bizType(@Nullable UtaBrokerBizType bizType) {
            this.bizType = bizType;
            return this;
        }

        /**
         * Sets {@code subBizType}: a finer business line (optional, sent as {@code subBizType}). Checked by {@link #build()}.
         *
         * @param subBizType the value, or null to leave it unset
         * @return this builder
         */
        public Builder subBizType(@Nullable UtaBrokerSubBizType subBizType) {
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
        public UtaBrokerCommissionRequest build() {
            return new UtaBrokerCommissionRequest(startTime, endTime, pageSize, pageNo, bizType, subBizType, extraParams);
        }
    }
}
