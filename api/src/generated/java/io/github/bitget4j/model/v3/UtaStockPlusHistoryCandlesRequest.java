// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the candle history query. Build it with {@link #builder()}.
 *
 * @param symbol required; e.g. AAPL.US.
 * @param period required; candle width as Bitget names it.
 * @param count optional; at most this many candles.
 * @param adjustType optional; price adjustment for splits and dividends, as Bitget names it.
 * @param forward optional; true to count forward from time, false backward.
 * @param time optional; where to start, as Bitget expects it.
 * @param tradeSessions optional; which sessions to include, as Bitget names them.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusHistoryCandlesRequest(
        String symbol,
        String period,
        @Nullable Integer count,
        @Nullable String adjustType,
        @Nullable Boolean forward,
        @Nullable String time,
        @Nullable String tradeSessions,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "period", "count", "adjustType", "forward", "time", "tradeSessions");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaStockPlusHistoryCandlesRequest {
        Require.text(symbol, "symbol");
        Require.text(period, "period");
        Require.positiveIfPresent(count, "count");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaStockPlusHistoryCandlesRequest(String symbol, String period, @Nullable Integer count, @Nullable String adjustType, @Nullable Boolean forward, @Nullable String time, @Nullable String tradeSessions) {
        this(symbol, period, count, adjustType, forward, time, tradeSessions, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaStockPlusHistoryCandlesRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusHistoryCandlesRequest(symbol, period, count, adjustType, forward, time, tradeSessions, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, period; the rest stay unset. */
    public static UtaStockPlusHistoryCandlesRequest of(String symbol, String period) {
        return new UtaStockPlusHistoryCandlesRequest(symbol, period, null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable String period;
        private @Nullable Integer count;
        private @Nullable String adjustType;
        private @Nullable Boolean forward;
        private @Nullable String time;
        private @Nullable String tradeSessions;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** e.g. AAPL.US. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** candle width as Bitget names it. Required. */
        public Builder period(String period) {
            this.period = period;
            return this;
        }

        /** at most this many candles. Optional. */
        public Builder count(@Nullable Integer count) {
            this.count = count;
            return this;
        }

        /** price adjustment for splits and dividends, as Bitget names it. Optional. */
        public Builder adjustType(@Nullable String adjustType) {
            this.adjustType = adjustType;
            return this;
        }

        /** true to count forward from time, false backward. Optional. */
        public Builder forward(@Nullable Boolean forward) {
            this.forward = forward;
            return this;
        }

        /** where to start, as Bitget expects it. Optional. */
        public Builder time(@Nullable String time) {
            this.time = time;
            return this;
        }

        /** which sessions to include, as Bitget names them. Optional. */
        public Builder tradeSessions(@Nullable String tradeSessions) {
            this.tradeSessions = tradeSessions;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaStockPlusHistoryCandlesRequest build() {
            return new UtaStockPlusHistoryCandlesRequest(symbol, period, count, adjustType, forward, time, tradeSessions, extraParams);
        }
    }
}
