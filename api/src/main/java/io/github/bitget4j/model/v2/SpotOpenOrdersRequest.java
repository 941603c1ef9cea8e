package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot open (unfilled) orders query; all optional. Build with {@link #builder()} or take
 * {@link #all()}.
 *
 * @param symbol        e.g. {@code BTCUSDT}; null for all
 * @param startTime     earliest creation time, Unix milliseconds
 * @param endTime       latest creation time, Unix milliseconds
 * @param idLessThan    paging: only orders older than this order id (the last one of the previous page)
 * @param limit         page size (Bitget's default and maximum 100)
 * @param orderId       one order
 * @param tpslType      {@code normal} (default) or {@code tpsl}
 * @param requestTime   when the request was made, Unix milliseconds (with {@code receiveWindow})
 * @param receiveWindow how many milliseconds after {@code requestTime} the query may still be served
 */
public record SpotOpenOrdersRequest(
        @Nullable String symbol,
        @Nullable Long startTime,
        @Nullable Long endTime,
        @Nullable String idLessThan,
        @Nullable Integer limit,
        @Nullable String orderId,
        @Nullable TpslType tpslType,
        @Nullable Long requestTime,
        @Nullable Long receiveWindow) {

    private static final SpotOpenOrdersRequest ALL = builder().build();

    public SpotOpenOrdersRequest {
        Require.positiveIfPresent(limit, "limit");
    }

    /** Every open order, first page. */
    public static SpotOpenOrdersRequest all() {
        return ALL;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable String idLessThan;
        private @Nullable Integer limit;
        private @Nullable String orderId;
        private @Nullable TpslType tpslType;
        private @Nullable Long requestTime;
        private @Nullable Long receiveWindow;

        private Builder() {
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

        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        public Builder tpslType(@Nullable TpslType tpslType) {
            this.tpslType = tpslType;
            return this;
        }

        public Builder requestTime(@Nullable Long requestTime) {
            this.requestTime = requestTime;
            return this;
        }

        public Builder receiveWindow(@Nullable Long receiveWindow) {
            this.receiveWindow = receiveWindow;
            return this;
        }

        public SpotOpenOrdersRequest build() {
            return new SpotOpenOrdersRequest(symbol, startTime, endTime, idLessThan, limit, orderId, tpslType,
                    requestTime, receiveWindow);
        }
    }
}
