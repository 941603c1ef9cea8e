// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.Side;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the open P2P orders; all optional. Build it with {@link #builder()}.
 *
 * @param orderId one order (optional, sent as {@code orderId})
 * @param side buy or sell (optional, sent as {@code side})
 * @param startTime earliest creation, Unix milliseconds (optional, sent as {@code startTime})
 * @param endTime latest creation, Unix milliseconds (optional, sent as {@code endTime})
 * @param cursor paging: the nextId of the previous page (optional, sent as {@code cursor})
 * @param limit page size (optional, greater than 0, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaP2pPendingOrdersRequest(
        @Nullable String orderId,
        @Nullable Side side,
        @Nullable Long startTime,
        @Nullable Long endTime,
        @Nullable String cursor,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "side", "startTime", "endTime", "cursor", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaP2pPendingOrdersRequest {
        Require.knownIfPresent(side, "side");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId one order (optional, sent as {@code orderId})
     * @param side buy or sell (optional, sent as {@code side})
     * @param startTime earliest creation, Unix milliseconds (optional, sent as {@code startTime})
     * @param endTime latest creation, Unix milliseconds (optional, sent as {@code endTime})
     * @param cursor paging: the nextId of the previous page (optional, sent as {@code cursor})
     * @param limit page size (optional, greater than 0, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaP2pPendingOrdersRequest(@Nullable String orderId, @Nullable Side side, @Nullable Long startTime, @Nullable Long endTime, @Nullable String cursor, @Nullable Integer limit) {
        this(orderId, side, startTime, endTime, cursor, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaP2pPendingOrdersRequest withExtraParam(String name, Object value) {
        return new UtaP2pPendingOrdersRequest(orderId, side, startTime, endTime, cursor, limit, Require.withExtra(extraParams, name, value));
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
        private @Nullable String orderId;
        private @Nullable Side side;
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable String cursor;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code orderId}: one order (optional, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value, or null to leave it unset
         * @return this builder
         */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code side}: buy or sell (optional, sent as {@code side}). Checked by {@link #build()}.
         *
         * @param side the value, or null to leave it unset
         * @return this builder
         */
        public Builder side(@Nullable Side side) {
            this.side = side;
            return this;
        }

        /**
         * Sets {@code startTime}: earliest creation, Unix milliseconds (optional, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder startTime(@Nullable Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: latest creation, Unix milliseconds (optional, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder endTime(@Nullable Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code cursor}: paging: the nextId of the previous page (optional, sent as {@code cursor}). Checked by {@link #build()}.
         *
         * @param cursor the value, or null to leave it unset
         * @return this builder
         */
        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        /**
         * Sets {@code limit}: page size (optional, greater than 0, sent as {@code limit}). Checked by {@link #build()}.
         *
         * @param limit the value, or null to leave it unset
         * @return this builder
         */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
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
        public UtaP2pPendingOrdersRequest build() {
            return new UtaP2pPendingOrdersRequest(orderId, side, startTime, endTime, cursor, limit, extraParams);
        }
    }
}
