// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot finished plan orders query. Build it with {@link #builder()}.
 *
 * @param symbol required; e.g. BTCUSDT.
 * @param startTime required
 * @param endTime required; at most 90 days after startTime.
 * @param limit optional; page size (Bitget's default 100).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotHistoricPlanOrdersRequest(
        String symbol,
        Instant startTime,
        Instant endTime,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "startTime", "endTime", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotHistoricPlanOrdersRequest {
        Require.text(symbol, "symbol");
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotHistoricPlanOrdersRequest(String symbol, Instant startTime, Instant endTime, @Nullable Integer limit) {
        this(symbol, startTime, endTime, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotHistoricPlanOrdersRequest withExtraParam(String name, Object value) {
        return new SpotHistoricPlanOrdersRequest(symbol, startTime, endTime, limit, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, startTime, endTime; the rest stay unset. */
    public static SpotHistoricPlanOrdersRequest of(String symbol, Instant startTime, Instant endTime) {
        return new SpotHistoricPlanOrdersRequest(symbol, startTime, endTime, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable Instant startTime;
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

        /** Sets startTime. Required. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** at most 90 days after startTime. Required. */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** page size (Bitget's default 100). Optional. */
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
        public SpotHistoricPlanOrdersRequest build() {
            return new SpotHistoricPlanOrdersRequest(symbol, startTime, endTime, limit, extraParams);
        }
    }
}
