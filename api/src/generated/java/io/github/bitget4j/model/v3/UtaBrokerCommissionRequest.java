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
 * @param startTime optional; earliest record, Unix milliseconds.
 * @param endTime optional; latest record, Unix milliseconds.
 * @param pageSize optional; page size.
 * @param pageNo optional; page number, from 1.
 * @param bizType optional; spot or futures.
 * @param subBizType optional; a finer business line.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaBrokerCommissionRequest {
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.positiveIfPresent(pageNo, "pageNo");
        Require.knownIfPresent(bizType, "bizType");
        Require.knownIfPresent(subBizType, "subBizType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaBrokerCommissionRequest(@Nullable Long startTime, @Nullable Long endTime, @Nullable Integer pageSize, @Nullable Integer pageNo, @Nullable UtaBrokerBizType bizType, @Nullable UtaBrokerSubBizType subBizType) {
        this(startTime, endTime, pageSize, pageNo, bizType, subBizType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaBrokerCommissionRequest withExtraParam(String name, Object value) {
        return new UtaBrokerCommissionRequest(startTime, endTime, pageSize, pageNo, bizType, subBizType, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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

        /** earliest record, Unix milliseconds. Optional. */
        public Builder startTime(@Nullable Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest record, Unix milliseconds. Optional. */
        public Builder endTime(@Nullable Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /** page size. Optional. */
        public Builder pageSize(@Nullable Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** page number, from 1. Optional. */
        public Builder pageNo(@Nullable Integer pageNo) {
            this.pageNo = pageNo;
            return this;
        }

        /** spot or futures. Optional. */
        public Builder bizType(@Nullable UtaBrokerBizType bizType) {
            this.bizType = bizType;
            return this;
        }

        /** a finer business line. Optional. */
        public Builder subBizType(@Nullable UtaBrokerSubBizType subBizType) {
            this.subBizType = subBizType;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaBrokerCommissionRequest build() {
            return new UtaBrokerCommissionRequest(startTime, endTime, pageSize, pageNo, bizType, subBizType, extraParams);
        }
    }
}
