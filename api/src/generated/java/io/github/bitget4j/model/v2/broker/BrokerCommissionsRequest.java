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
 * @param startTime optional; set both or neither; span at most 30 days; default yesterday.
 * @param endTime optional
 * @param pageSize optional; default 100.
 * @param pageNo optional; default 1.
 * @param bizType optional; unset for both.
 * @param subBizType optional; must belong to bizType.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerCommissionsRequest {
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "1000");
        Require.positiveIfPresent(pageNo, "pageNo");
        Require.knownIfPresent(bizType, "bizType");
        Require.knownIfPresent(subBizType, "subBizType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerCommissionsRequest(@Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer pageSize, @Nullable Integer pageNo, @Nullable BrokerBizType bizType, @Nullable BrokerSubBizType subBizType) {
        this(startTime, endTime, pageSize, pageNo, bizType, subBizType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerCommissionsRequest withExtraParam(String name, Object value) {
        return new BrokerCommissionsRequest(startTime, endTime, pageSize, pageNo, bizType, subBizType, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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

        /** set both or neither; span at most 30 days; default yesterday. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** default 100. Optional. */
        public Builder pageSize(@Nullable Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** default 1. Optional. */
        public Builder pageNo(@Nullable Integer pageNo) {
            this.pageNo = pageNo;
            return this;
        }

        /** unset for both. Optional. */
        public Builder bizType(@Nullable BrokerBizType bizType) {
            this.bizType = bizType;
            return this;
        }

        /** must belong to bizType. Optional. */
        public Builder subBizType(@Nullable BrokerSubBizType subBizType) {
            this.subBizType = subBizType;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public BrokerCommissionsRequest build() {
            return new BrokerCommissionsRequest(startTime, endTime, pageSize, pageNo, bizType, subBizType, extraParams);
        }
    }
}
