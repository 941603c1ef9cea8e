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
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerPageRequest(
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer pageSize,
        @Nullable Integer pageNo,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "pageSize", "pageNo");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerPageRequest {
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "1000");
        Require.positiveIfPresent(pageNo, "pageNo");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerPageRequest(@Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer pageSize, @Nullable Integer pageNo) {
        this(startTime, endTime, pageSize, pageNo, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerPageRequest withExtraParam(String name, Object value) {
        return new BrokerPageRequest(startTime, endTime, pageSize, pageNo, Require.withExtra(extraParams, name, value));
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

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public BrokerPageRequest build() {
            return new BrokerPageRequest(startTime, endTime, pageSize, pageNo, extraParams);
        }
    }
}
