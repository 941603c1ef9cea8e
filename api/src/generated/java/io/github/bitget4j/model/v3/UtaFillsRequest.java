// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 fill history query; all optional, at most 30 days per query. Build it with {@link #builder()}.
 *
 * @param category optional; the product line; unset for all.
 * @param orderId optional; the fills of one order.
 * @param startTime optional; earliest fill time (at most 90 days back).
 * @param endTime optional; latest fill time (at most 30 days after startTime).
 * @param limit optional; page size (Bitget's default 100).
 * @param cursor optional; paging: the cursor of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaFillsRequest(
        @Nullable Category category,
        @Nullable String orderId,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "orderId", "startTime", "endTime", "limit", "cursor");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaFillsRequest {
        Require.knownIfPresent(category, "category");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaFillsRequest(@Nullable Category category, @Nullable String orderId, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable String cursor) {
        this(category, orderId, startTime, endTime, limit, cursor, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaFillsRequest withExtraParam(String name, Object value) {
        return new UtaFillsRequest(category, orderId, startTime, endTime, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /** Your latest fills, first page. */
    public static UtaFillsRequest all() {
        return new UtaFillsRequest(null, null, null, null, null, null, Map.of());
    }

    /** The fills of one order, first page. */
    public static UtaFillsRequest byOrderId(String orderId) {
        return new UtaFillsRequest(null, Require.text(orderId, "orderId"), null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Category category;
        private @Nullable String orderId;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the product line; unset for all. Optional. */
        public Builder category(@Nullable Category category) {
            this.category = category;
            return this;
        }

        /** the fills of one order. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** earliest fill time (at most 90 days back). Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest fill time (at most 30 days after startTime). Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** page size (Bitget's default 100). Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** paging: the cursor of the previous page. Optional. */
        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaFillsRequest build() {
            return new UtaFillsRequest(category, orderId, startTime, endTime, limit, cursor, extraParams);
        }
    }
}
