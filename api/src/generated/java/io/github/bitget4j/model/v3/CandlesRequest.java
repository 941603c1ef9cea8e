// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 candlestick query. Build it with {@link #builder()}.
 *
 * @param category required; the product line (not MARGIN).
 * @param symbol required; e.g. BTCUSDT.
 * @param interval required; candle width as Bitget spells it: 1m 3m 5m 15m 30m 1H 4H 6H 12H 1D.
 * @param startTime optional; earliest candle, Unix milliseconds.
 * @param endTime optional; latest candle, Unix milliseconds.
 * @param type optional; traded (default), mark or index price.
 * @param limit optional; at most this many candles.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CandlesRequest(
        Category category,
        String symbol,
        String interval,
        @Nullable Long startTime,
        @Nullable Long endTime,
        @Nullable CandleType type,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "interval", "startTime", "endTime", "type", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CandlesRequest {
        Require.known(category, "category");
        Require.text(symbol, "symbol");
        Require.text(interval, "interval");
        Require.knownIfPresent(type, "type");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CandlesRequest(Category category, String symbol, String interval, @Nullable Long startTime, @Nullable Long endTime, @Nullable CandleType type, @Nullable Integer limit) {
        this(category, symbol, interval, startTime, endTime, type, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CandlesRequest withExtraParam(String name, Object value) {
        return new CandlesRequest(category, symbol, interval, startTime, endTime, type, limit, Require.withExtra(extraParams, name, value));
    }

    /** The latest candles, as many as Bitget gives by default. */
    public static CandlesRequest of(Category category, String symbol, String interval) {
        return new CandlesRequest(category, symbol, interval, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
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
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the product line (not MARGIN). Required. */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** e.g. BTCUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** candle width as Bitget spells it: 1m 3m 5m 15m 30m 1H 4H 6H 12H 1D. Required. */
        public Builder interval(String interval) {
            this.interval = interval;
            return this;
        }

        /** earliest candle, Unix milliseconds. Optional. */
        public Builder startTime(@Nullable Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest candle, Unix milliseconds. Optional. */
        public Builder endTime(@Nullable Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /** traded (default), mark or index price. Optional. */
        public Builder type(@Nullable CandleType type) {
            this.type = type;
            return this;
        }

        /** at most this many candles. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public CandlesRequest build() {
            return new CandlesRequest(category, symbol, interval, startTime, endTime, type, limit, extraParams);
        }
    }
}
