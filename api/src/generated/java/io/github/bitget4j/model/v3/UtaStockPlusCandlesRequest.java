// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the latest candles query. Build it with {@link #builder()}.
 *
 * @param symbol e.g. AAPL.US (required, sent as {@code symbol})
 * @param period candle width as Bitget names it (required, sent as {@code period})
 * @param count at most this many candles (optional, greater than 0, sent as {@code count})
 * @param adjustType price adjustment for splits and dividends, as Bitget names it (optional, sent as {@code adjustType})
 * @param tradeSessions which sessions to include, as Bitget names them (optional, sent as {@code tradeSessions})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusCandlesRequest(
        String symbol,
        String period,
        @Nullable Integer count,
        @Nullable String adjustType,
        @Nullable String tradeSessions,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "period", "count", "adjustType", "tradeSessions");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusCandlesRequest {
        Require.text(symbol, "symbol");
        Require.text(period, "period");
        Require.positiveIfPresent(count, "count");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. AAPL.US (required, sent as {@code symbol})
     * @param period candle width as Bitget names it (required, sent as {@code period})
     * @param count at most this many candles (optional, greater than 0, sent as {@code count})
     * @param adjustType price adjustment for splits and dividends, as Bitget names it (optional, sent as {@code adjustType})
     * @param tradeSessions which sessions to include, as Bitget names them (optional, sent as {@code tradeSessions})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusCandlesRequest(String symbol, String period, @Nullable Integer count, @Nullable String adjustType, @Nullable String tradeSessions) {
        this(symbol, period, count, adjustType, tradeSessions, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaStockPlusCandlesRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusCandlesRequest(symbol, period, count, adjustType, tradeSessions, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets symbol, period; the rest stay unset.
     *
     * @param symbol e.g. AAPL.US (required, sent as {@code symbol})
     * @param period candle width as Bitget names it (required, sent as {@code period})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaStockPlusCandlesRequest of(String symbol, String period) {
        return new UtaStockPlusCandlesRequest(symbol, period, null, null, null, Map.of());
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
        private @Nullable String symbol;
        private @Nullable String period;
        private @Nullable Integer count;
        private @Nullable String adjustType;
        private @Nullable String tradeSessions;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code symbol}: e.g. AAPL.US (required, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value
         * @return this builder
         */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code period}: candle width as Bitget names it (required, sent as {@code period}). Checked by {@link #build()}.
         *
         * @param period the value
         * @return this builder
         */
        public Builder period(String period) {
            this.period = period;
            return this;
        }

        /**
         * Sets {@code count}: at most this many candles (optional, greater than 0, sent as {@code count}). Checked by {@link #build()}.
         *
         * @param count the value, or null to leave it unset
         * @return this builder
         */
        public Builder count(@Nullable Integer count) {
            this.count = count;
            return this;
        }

        /**
         * Sets {@code adjustType}: price adjustment for splits and dividends, as Bitget names it (optional, sent as {@code adjustType}). Checked by {@link #build()}.
         *
         * @param adjustType the value, or null to leave it unset
         * @return this builder
         */
        public Builder adjustType(@Nullable String adjustType) {
            this.adjustType = adjustType;
            return this;
        }

        /**
         * Sets {@code tradeSessions}: which sessions to include, as Bitget names them (optional, sent as {@code tradeSessions}). Checked by {@link #build()}.
         *
         * @param tradeSessions the value, or null to leave it unset
         * @return this builder
         */
        public Builder tradeSessions(@Nullable String tradeSessions) {
            this.tradeSessions = tradeSessions;
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
        public UtaStockPlusCandlesRequest build() {
            return new UtaStockPlusCandlesRequest(symbol, period, count, adjustType, tradeSessions, extraParams);
        }
    }
}
