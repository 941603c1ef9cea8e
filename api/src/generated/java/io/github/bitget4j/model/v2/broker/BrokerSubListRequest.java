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
 * @param limit default 10 (optional, greater than 0, at most 100, sent as {@code limit})
 * @param idLessThan idLessThan of the previous page (optional, sent as {@code idLessThan})
 * @param status status, one of {@code normal}, {@code freeze}, {@code del} (optional, sent as {@code status})
 * @param startTime created at or after (optional, sent as {@code startTime})
 * @param endTime created at or before (optional, sent as {@code endTime})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerSubListRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        Require.knownIfPresent(status, "status");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param limit default 10 (optional, greater than 0, at most 100, sent as {@code limit})
     * @param idLessThan idLessThan of the previous page (optional, sent as {@code idLessThan})
     * @param status status, one of {@code normal}, {@code freeze}, {@code del} (optional, sent as {@code status})
     * @param startTime created at or after (optional, sent as {@code startTime})
     * @param endTime created at or before (optional, sent as {@code endTime})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerSubListRequest(@Nullable Integer limit, @Nullable String idLessThan, @Nullable BrokerSubStatus status, @Nullable Instant startTime, @Nullable Instant endTime) {
        this(limit, idLessThan, status, startTime, endTime, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public BrokerSubListRequest withExtraParam(String name, Object value) {
        return new BrokerSubListRequest(limit, idLessThan, status, startTime, endTime, Require.withExtra(extraParams, name, value));
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
        private @Nullable Integer limit;
        private @Nullable String idLessThan;
        private @Nullable BrokerSubStatus status;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code limit}: default 10 (optional, greater than 0, at most 100, sent as {@code limit}). Checked by {@link #build()}.
         *
         * @param limit the value, or null to leave it unset
         * @return this builder
         */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code idLessThan}: idLessThan of the previous page (optional, sent as {@code idLessThan}). Checked by {@link #build()}.
         *
         * @param idLessThan the value, or null to leave it unset
         * @return this builder
         */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /**
         * Sets {@code status}: status, one of {@code normal}, {@code freeze}, {@code del} (optional, sent as {@code status}). Checked by {@link #build()}.
         *
         * @param status the value, or null to leave it unset
         * @return this builder
         */
        public Builder status(@Nullable BrokerSubStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code startTime}: created at or after (optional, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: created at or before (optional, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
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
        public BrokerSubListRequest build() {
            return new BrokerSubListRequest(limit, idLessThan, status, startTime, endTime, extraParams);
        }
    }
}
