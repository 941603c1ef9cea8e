// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
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
 * @param startTime optional; set both or neither; span at most 7 days; default yesterday.
 * @param endTime optional
 * @param limit optional; default 100.
 * @param idLessThan optional; endId of the previous page.
 * @param type optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerSubTransfersRequest(
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable String idLessThan,
        @Nullable BrokerRecordType type,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "limit", "idLessThan", "type");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerSubTransfersRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        Require.knownIfPresent(type, "type");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerSubTransfersRequest(@Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable String idLessThan, @Nullable BrokerRecordType type) {
        this(startTime, endTime, limit, idLessThan, type, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerSubTransfersRequest withExtraParam(String name, Object value) {
        return new BrokerSubTransfersRequest(startTime, endTime, limit, idLessThan, type, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private @Nullable String idLessThan;
        private @Nullable BrokerRecordType type;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** set both or neither; span at most 7 days; default yesterday. Optional. */
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
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** endId of the previous page. Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /** Sets type. Optional. */
        public Builder type(@Nullable BrokerRecordType type) {
            this.type = type;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public BrokerSubTransfersRequest build() {
            return new BrokerSubTransfersRequest(startTime, endTime, limit, idLessThan, type, extraParams);
        }
    }
}
