// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot historic candlestick query. Build it with {@link #builder()}.
 *
 * @param symbol required; e.g. BTCUSDT.
 * @param granularity required; as for getSpotCandles, e.g. 1min, 1h, 1day, 1Dutc.
 * @param endTime optional; candles before this time.
 * @param limit optional; at most this many candles (Bitget's default 100).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotHistoricCandlesRequest(
        String symbol,
        String granularity,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "granularity", "endTime", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotHistoricCandlesRequest {
        Require.text(symbol, "symbol");
        Require.text(granularity, "granularity");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "200");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotHistoricCandlesRequest(String symbol, String granularity, @Nullable Instant endTime, @Nullable Integer limit) {
        this(symbol, granularity, endTime, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotHistoricCandlesRequest withExtraParam(String name, Object value) {
        return new SpotHistoricCandlesRequest(symbol, granularity, endTime, limit, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, granularity, endTime; the rest stay unset. */
    public static SpotHistoricCandlesRequest of(String symbol, String granularity, Instant endTime) {
        return new SpotHistoricCandlesRequest(symbol, granularity, Require.present(endTime, "endTime"), null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable String granularity;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** e.g. BTCUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** as for getSpotCandles, e.g. 1min, 1h, 1day, 1Dutc. Required. */
        public Builder granularity(String granularity) {
            this.granularity = granularity;
            return this;
        }

        /** candles before this time. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** at most this many candles (Bitget's default 100). Optional. */
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
        public SpotHistoricCandlesRequest build() {
            return new SpotHistoricCandlesRequest(symbol, granularity, endTime, limit, extraParams);
        }
    }
}
