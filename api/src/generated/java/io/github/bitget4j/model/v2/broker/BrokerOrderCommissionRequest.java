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
 * @param startTime optional; set both or neither; span at most 30 days.
 * @param endTime optional
 * @param limit optional
 * @param uid optional
 * @param orderId optional
 * @param idLessThan optional; endId of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerOrderCommissionRequest(
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable String uid,
        @Nullable String orderId,
        @Nullable String idLessThan,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "limit", "uid", "orderId", "idLessThan");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerOrderCommissionRequest {
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerOrderCommissionRequest(@Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable String uid, @Nullable String orderId, @Nullable String idLessThan) {
        this(startTime, endTime, limit, uid, orderId, idLessThan, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerOrderCommissionRequest withExtraParam(String name, Object value) {
        return new BrokerOrderCommissionRequest(startTime, endTime, limit, uid, orderId, idLessThan, Require.withExtra(extraParams, name, value));
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
        private @Nullable String uid;
        private @Nullable String orderId;
        private @Nullable String idLessThan;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** set both or neither; span at most 30 days. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** Sets limit. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Sets uid. Optional. */
        public Builder uid(@Nullable String uid) {
            this.uid = uid;
            return this;
        }

        /** Sets orderId. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** endId of the previous page. Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public BrokerOrderCommissionRequest build() {
            return new BrokerOrderCommissionRequest(startTime, endTime, limit, uid, orderId, idLessThan, extraParams);
        }
    }
}
