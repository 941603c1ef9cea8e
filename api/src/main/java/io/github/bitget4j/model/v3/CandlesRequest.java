package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 candlestick query. {@link #of} covers the common case; {@link #builder()} the rest.
 *
 * @param category  the product line (not {@link Category#MARGIN})
 * @param symbol    e.g. {@code BTCUSDT}
 * @param interval  candle width as Bitget spells it: {@code 1m 3m 5m 15m 30m 1H 4H 6H 12H 1D}
 * @param startTime earliest candle, Unix milliseconds
 * @param endTime   latest candle, Unix milliseconds
 * @param type      traded (default), mark or index price
 * @param limit     at most this many candles
 */
public record CandlesRequest(
        Category category,
        String symbol,
        String interval,
        @Nullable Long startTime,
        @Nullable Long endTime,
        @Nullable CandleType type,
        @Nullable Integer limit) {

    public CandlesRequest {
        Require.present(category, "category");
        Require.text(symbol, "symbol");
        Require.text(interval, "interval");
        Require.positiveIfPresent(limit, "limit");
    }

    /** The latest candles, as many as Bitget gives by default. */
    public static CandlesRequest of(Category category, String symbol, String interval) {
        return new CandlesRequest(category, symbol, interval, null, null, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Category category;
        private @Nullable String symbol;
        private @Nullable String interval;
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable CandleType type;
        private @Nullable Integer limit;

        private Builder() {
        }

        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        public Builder interval(String interval) {
            this.interval = interval;
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

        public Builder type(@Nullable CandleType type) {
            this.type = type;
            return this;
        }

        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first missing parameter */
        public CandlesRequest build() {
            return new CandlesRequest(category, symbol, interval, startTime, endTime, type, limit);
        }
    }
}
