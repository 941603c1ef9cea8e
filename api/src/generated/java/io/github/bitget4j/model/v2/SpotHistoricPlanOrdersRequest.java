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
 * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
 * @param startTime start of the time range (required, sent as {@code startTime})
 * @param endTime at most 90 days after startTime (required, sent as {@code endTime})
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotHistoricPlanOrdersRequest(
        String symbol,
        Instant startTime,
        Instant endTime,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "startTime", "endTime", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotHistoricPlanOrdersRequest {
        Require.text(symbol, "symbol");
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param startTime start of the time range (required, sent as {@code startTime})
     * @param endTime at most 90 days after startTime (required, sent as {@code endTime})
     * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotHistoricPlanOrdersRequest(String symbol, Instant startTime, Instant endTime, @Nullable Integer limit) {
        this(symbol, startTime, endTime, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotHistoricPlanOrdersRequest withExtraParam(String name, Object value) {
        return new SpotHistoricPlanOrdersRequest(symbol, startTime, endTime, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets symbol, startTime, endTime; the rest stay unset.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param startTime start of the time range (required, sent as {@code startTime})
     * @param endTime at most 90 days after startTime (required, sent as {@code endTime})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotHistoricPlanOrdersRequest of(String symbol, Instant startTime, Instant endTime) {
        return new SpotHistoricPlanOrdersRequest(symbol, startTime, endTime, null, Map.of());
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
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
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
         * Sets {@code startTime}: start of the time range (required, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: at most 90 days after startTime (required, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value
         * @return this builder
         */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code limit}: page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as {@code limit}). Checked by {@link #build()}.
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
        public SpotHistoricPlanOrdersRequest build() {
            return new SpotHistoricPlanOrdersRequest(symbol, startTime, endTime, limit, extraParams);
        }
    }
}
