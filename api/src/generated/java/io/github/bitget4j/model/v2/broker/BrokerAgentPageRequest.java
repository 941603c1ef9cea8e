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
 * @param startTime start of the time range (optional, sent as {@code startTime})
 * @param endTime end of the time range (optional, sent as {@code endTime})
 * @param pageNo page number, from 1 (optional, greater than 0, sent as {@code pageNo})
 * @param pageSize number of items per page (optional, greater than 0, sent as {@code pageSize})
 * @param uid uid (optional, sent as {@code uid})
 * @param showSub show sub, one of {@code yes}, {@code no} (optional, sent as {@code showSub})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerAgentPageRequest(
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer pageNo,
        @Nullable Integer pageSize,
        @Nullable String uid,
        @Nullable BrokerYesNo showSub,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "pageNo", "pageSize", "uid", "showSub");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerAgentPageRequest {
        Require.positiveIfPresent(pageNo, "pageNo");
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.knownIfPresent(showSub, "showSub");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param startTime start of the time range (optional, sent as {@code startTime})
     * @param endTime end of the time range (optional, sent as {@code endTime})
     * @param pageNo page number, from 1 (optional, greater than 0, sent as {@code pageNo})
     * @param pageSize number of items per page (optional, greater than 0, sent as {@code pageSize})
     * @param uid uid (optional, sent as {@code uid})
     * @param showSub show sub, one of {@code yes}, {@code no} (optional, sent as {@code showSub})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerAgentPageRequest(@Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer pageNo, @Nullable Integer pageSize, @Nullable String uid, @Nullable BrokerYesNo showSub) {
        this(startTime, endTime, pageNo, pageSize, uid, showSub, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public BrokerAgentPageRequest withExtraParam(String name, Object value) {
        return new BrokerAgentPageRequest(startTime, endTime, pageNo, pageSize, uid, showSub, Require.withExtra(extraParams, name, value));
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
        private @Nullable Integer pageNo;
        private @Nullable Integer pageSize;
        private @Nullable String uid;
        private @Nullable BrokerYesNo showSub;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code startTime}: start of the time range (optional, sent as {@code startTime}). Checked by {@link #build()}.
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
         * Sets {@code pageSize}: number of items per page (optional, greater than 0, sent as {@code pageSize}). Checked by {@link #build()}.
         *
         * @param pageSize the value, or null to leave it unset
         * @return this builder
         */
        public Builder pageSize(@Nullable Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Sets {@code uid}: uid (optional, sent as {@code uid}). Checked by {@link #build()}.
         *
         * @param uid the value, or null to leave it unset
         * @return this builder
         */
        public Builder uid(@Nullable String uid) {
            this.uid = uid;
            return this;
        }

        /**
         * Sets {@code showSub}: show sub, one of {@code yes}, {@code no} (optional, sent as {@code showSub}). Checked by {@link #build()}.
         *
         * @param showSub the value, or null to leave it unset
         * @return this builder
         */
        public Builder showSub(@Nullable BrokerYesNo showSub) {
            this.showSub = showSub;
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
        public BrokerAgentPageRequest build() {
            return new BrokerAgentPageRequest(startTime, endTime, pageNo, pageSize, uid, showSub, extraParams);
        }
    }
}
