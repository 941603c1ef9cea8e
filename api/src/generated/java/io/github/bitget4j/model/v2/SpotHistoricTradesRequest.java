// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot historic trades query. Build it with {@link #builder()}.
 *
 * @param symbol required; e.g. BTCUSDT.
 * @param limit optional; page size (Bitget's default 500).
 * @param idLessThan optional; paging: only trades older than this tradeId.
 * @param startTime optional
 * @param endTime optional; at most 7 days after startTime.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotHistoricTradesRequest(
        String symbol,
        @Nullable Integer limit,
        @Nullable String idLessThan,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "limit", "idLessThan", "startTime", "endTime");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotHistoricTradesRequest {
        Require.text(symbol, "symbol");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "1000");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotHistoricTradesRequest(String symbol, @Nullable Integer limit, @Nullable String idLessThan, @Nullable Instant startTime, @Nullable Instant endTime) {
        this(symbol, limit, idLessThan, startTime, endTime, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotHistoricTradesRequest withExtraParam(String name, Object value) {
        return new SpotHistoricTradesRequest(symbol, limit, idLessThan, startTime, endTime, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol; the rest stay unset. */
    public static SpotHistoricTradesRequest of(String symbol) {
        return new SpotHistoricTradesRequest(symbol, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable Integer limit;
        private @Nullable String idLessThan;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** e.g. BTCUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** page size (Bitget's default 500). Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** paging: only trades older than this tradeId. Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /** Sets startTime. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** at most 7 days after startTime. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public SpotHistoricTradesRequest build() {
            return new SpotHistoricTradesRequest(symbol, limit, idLessThan, startTime, endTime, extraParams);
        }
    }
}
