package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 open (unfilled) orders query; all optional. Build with {@link #builder()} or take
 * {@link #all()}.
 *
 * @param category  the product line; null for all
 * @param symbol    e.g. {@code BTCUSDT}; null for all
 * @param startTime earliest creation time, Unix milliseconds
 * @param endTime   latest creation time, Unix milliseconds
 * @param limit     page size
 * @param cursor    paging: the {@link UnfilledOrders#cursor()} of the previous page
 */
public record UnfilledOrdersRequest(
        @Nullable Category category,
        @Nullable String symbol,
        @Nullable Long startTime,
        @Nullable Long endTime,
        @Nullable Integer limit,
        @Nullable String cursor) {

    private static final UnfilledOrdersRequest ALL = builder().build();

    public UnfilledOrdersRequest {
        Require.positiveIfPresent(limit, "limit");
    }

    /** Every open order, first page. */
    public static UnfilledOrdersRequest all() {
        return ALL;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Category category;
        private @Nullable String symbol;
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable Integer limit;
        private @Nullable String cursor;

        private Builder() {
        }

        public Builder category(@Nullable Category category) {
            this.category = category;
            return this;
        }

        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        public Builder startTime(@Nullable Long startTime) {
            this.startTime = startTime;
            return this;
        }

        public Builder endTime(@Nullable Long endTime) {
            this.endTime = endTime;
            return this;
        }

        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        public UnfilledOrdersRequest build() {
            return new UnfilledOrdersRequest(category, symbol, startTime, endTime, limit, cursor);
        }
    }
}
