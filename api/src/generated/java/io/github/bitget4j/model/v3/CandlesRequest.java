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
 * @param category the product line (not MARGIN) (required, sent as {@code category})
 * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
 * @param interval candle width as Bitget spells it: 1m 3m 5m 15m 30m 1H 4H 6H 12H 1D (required, sent as {@code interval})
 * @param startTime earliest candle, Unix milliseconds (optional, sent as {@code startTime})
 * @param endTime latest candle, Unix milliseconds (optional, sent as {@code endTime})
 * @param type traded (default), mark or index price (optional, sent as {@code type})
 * @param limit at most this many candles (optional, greater than 0, sent as {@code limit})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CandlesRequest {
        Require.known(category, "category");
        Require.text(symbol, "symbol");
        Require.text(interval, "interval");
        Require.knownIfPresent(type, "type");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category the product line (not MARGIN) (required, sent as {@code category})
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param interval candle width as Bitget spells it: 1m 3m 5m 15m 30m 1H 4H 6H 12H 1D (required, sent as {@code interval})
     * @param startTime earliest candle, Unix milliseconds (optional, sent as {@code startTime})
     * @param endTime latest candle, Unix milliseconds (optional, sent as {@code endTime})
     * @param type traded (default), mark or index price (optional, sent as {@code type})
     * @param limit at most this many candles (optional, greater than 0, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CandlesRequest(Category category, String symbol, String interval, @Nullable Long startTime, @Nullable Long endTime, @Nullable CandleType type, @Nullable Integer limit) {
        this(category, symbol, interval, startTime, endTime, type, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CandlesRequest withExtraParam(String name, Object value) {
        return new CandlesRequest(category, symbol, interval, startTime, endTime, type, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * The latest candles, as many as Bitget gives by default.
     *
     * @param category the product line (not MARGIN) (required, sent as {@code category})
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param interval candle width as Bitget spells it: 1m 3m 5m 15m 30m 1H 4H 6H 12H 1D (required, sent as {@code interval})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CandlesRequest of(Category category, String symbol, String interval) {
        return new CandlesRequest(category, symbol, interval, null, null, null, null, Map.of());
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

        /**
         * Sets {@code category}: the product line (not MARGIN) (required, sent as {@code category}). Checked by {@link #build()}.
         *
         * @param category the value
         * @return this builder
         */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /**
         * Sets {@code symbol}: e.g. BTCUSDT (required, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value
         * @return this builder
         */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code interval}: candle width as Bitget spells it: 1m 3m 5m 15m 30m 1H 4H 6H 12H 1D (required, sent as {@code interval}). Checked by {@link #build()}.
         *
         * @param interval the value
         * @return this builder
         */
        public Builder interval(String interval) {
            this.interval = interval;
            return this;
        }

        /**
         * Sets {@code startTime}: earliest candle, Unix milliseconds (optional, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder startTime(@Nullable Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: latest candle, Unix milliseconds (optional, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder endTime(@Nullable Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code type}: traded (default), mark or index price (optional, sent as {@code type}). Checked by {@link #build()}.
         *
         * @param type the value, or null to leave it unset
         * @return this builder
         */
        public Builder type(@Nullable CandleType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets {@code limit}: at most this many candles (optional, greater than 0, sent as {@code limit}). Checked by {@link #build()}.
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
        public CandlesRequest build() {
            return new CandlesRequest(category, symbol, interval, startTime, endTime, type, limit, extraParams);
        }
    }
}
