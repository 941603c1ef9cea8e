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
 * @param startTime optional
 * @param endTime optional
 * @param idLessThan optional; minId or endId of the previous page.
 * @param limit optional
 * @param uid optional
 * @param showSub optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerAgentCursorRequest(
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable String idLessThan,
        @Nullable Integer limit,
        @Nullable String uid,
        @Nullable BrokerYesNo showSub,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "idLessThan", "limit", "uid", "showSub");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerAgentCursorRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.knownIfPresent(showSub, "showSub");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerAgentCursorRequest(@Nullable Instant startTime, @Nullable Instant endTime, @Nullable String idLessThan, @Nullable Integer limit, @Nullable String uid, @Nullable BrokerYesNo showSub) {
        this(startTime, endTime, idLessThan, limit, uid, showSub, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerAgentCursorRequest withExtraParam(String name, Object value) {
        return new BrokerAgentCursorRequest(startTime, endTime, idLessThan, limit, uid, showSub, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable String idLessThan;
        private @Nullable Integer limit;
        private @Nullable String uid;
        private @Nullable BrokerYesNo showSub;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets startTime. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** minId or endId of the previous page. Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
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

        /** Sets showSub. Optional. */
        public Builder showSub(@Nullable BrokerYesNo showSub) {
            this.showSub = showSub;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public BrokerAgentCursorRequest build() {
            return new BrokerAgentCursorRequest(startTime, endTime, idLessThan, limit, uid, showSub, extraParams);
        }
    }
}
