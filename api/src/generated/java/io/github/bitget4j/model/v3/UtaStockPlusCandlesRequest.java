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
 * @param symbol required; e.g. AAPL.US.
 * @param period required; candle width as Bitget names it.
 * @param count optional; at most this many candles.
 * @param adjustType optional; price adjustment for splits and dividends, as Bitget names it.
 * @param tradeSessions optional; which sessions to include, as Bitget names them.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaStockPlusCandlesRequest {
        Require.text(symbol, "symbol");
        Require.text(period, "period");
        Require.positiveIfPresent(count, "count");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaStockPlusCandlesRequest(String symbol, String period, @Nullable Integer count, @Nullable String adjustType, @Nullable String tradeSessions) {
        this(symbol, period, count, adjustType, tradeSessions, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaStockPlusCandlesRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusCandlesRequest(symbol, period, count, adjustType, tradeSessions, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, period; the rest stay unset. */
    public static UtaStockPlusCandlesRequest of(String symbol, String period) {
        return new UtaStockPlusCandlesRequest(symbol, period, null, null, null, Map.of());
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
        public UtaStockPlusCandlesRequest build() {
            return new UtaStockPlusCandlesRequest(symbol, period, count, adjustType, tradeSessions, extraParams);
        }
    }
}
