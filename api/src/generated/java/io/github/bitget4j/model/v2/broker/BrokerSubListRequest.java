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
 * @param limit optional; default 10.
 * @param idLessThan optional; idLessThan of the previous page.
 * @param status optional
 * @param startTime optional; created at or after.
 * @param endTime optional; created at or before.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerSubListRequest(
        @Nullable Integer limit,
        @Nullable String idLessThan,
        @Nullable BrokerSubStatus status,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("limit", "idLessThan", "status", "startTime", "endTime");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerSubListRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        Require.knownIfPresent(status, "status");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerSubListRequest(@Nullable Integer limit, @Nullable String idLessThan, @Nullable BrokerSubStatus status, @Nullable Instant startTime, @Nullable Instant endTime) {
        this(limit, idLessThan, status, startTime, endTime, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerSubListRequest withExtraParam(String name, Object value) {
        return new BrokerSubListRequest(limit, idLessThan, status, startTime, endTime, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Integer limit;
        private @Nullable String idLessThan;
        private @Nullable BrokerSubStatus status;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** default 10. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** idLessThan of the previous page. Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /** Sets status. Optional. */
        public Builder status(@Nullable BrokerSubStatus status) {
            this.status = status;
            return this;
        }

        /** created at or after. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** created at or before. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public BrokerSubListRequest build() {
            return new BrokerSubListRequest(limit, idLessThan, status, startTime, endTime, extraParams);
        }
    }
}
