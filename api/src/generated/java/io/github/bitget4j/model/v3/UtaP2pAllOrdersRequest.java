// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.Side;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the P2P order history; all optional. Build it with {@link #builder()}.
 *
 * @param startTime optional; earliest creation, Unix milliseconds.
 * @param endTime optional; latest creation, Unix milliseconds.
 * @param limit optional; page size.
 * @param cursor optional; paging: the nextId of the previous page.
 * @param orderId optional; one order.
 * @param side optional; buy or sell.
 * @param status optional; the order state.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaP2pAllOrdersRequest(
        @Nullable Long startTime,
        @Nullable Long endTime,
        @Nullable Integer limit,
        @Nullable String cursor,
        @Nullable String orderId,
        @Nullable Side side,
        @Nullable UtaP2pOrderStatus status,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "limit", "cursor", "orderId", "side", "status");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaP2pAllOrdersRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.knownIfPresent(side, "side");
        Require.knownIfPresent(status, "status");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaP2pAllOrdersRequest(@Nullable Long startTime, @Nullable Long endTime, @Nullable Integer limit, @Nullable String cursor, @Nullable String orderId, @Nullable Side side, @Nullable UtaP2pOrderStatus status) {
        this(startTime, endTime, limit, cursor, orderId, side, status, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaP2pAllOrdersRequest withExtraParam(String name, Object value) {
        return new UtaP2pAllOrdersRequest(startTime, endTime, limit, cursor, orderId, side, status, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private @Nullable String orderId;
        private @Nullable Side side;
        private @Nullable UtaP2pOrderStatus status;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** earliest creation, Unix milliseconds. Optional. */
        public Builder startTime(@Nullable Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest creation, Unix milliseconds. Optional. */
        public Builder endTime(@Nullable Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /** page size. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** paging: the nextId of the previous page. Optional. */
        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** one order. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** buy or sell. Optional. */
        public Builder side(@Nullable Side side) {
            this.side = side;
            return this;
        }

        /** the order state. Optional. */
        public Builder status(@Nullable UtaP2pOrderStatus status) {
            this.status = status;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaP2pAllOrdersRequest build() {
            return new UtaP2pAllOrdersRequest(startTime, endTime, limit, cursor, orderId, side, status, extraParams);
        }
    }
}
