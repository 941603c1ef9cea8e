// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot fills query. Build it with {@link #builder()}.
 *
 * @param symbol e.g. BTCUSDT (optional, sent as {@code symbol})
 * @param orderId fills of one order (optional, sent as {@code orderId})
 * @param startTime start of the time range (optional, sent as {@code startTime})
 * @param endTime at most 90 days after startTime (optional, sent as {@code endTime})
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as {@code limit})
 * @param idLessThan paging: only fills older than this tradeId (optional, sent as {@code idLessThan})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotFillsRequest(
        @Nullable String symbol,
        @Nullable String orderId,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable String idLessThan,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "orderId", "startTime", "endTime", "limit", "idLessThan");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotFillsRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. BTCUSDT (optional, sent as {@code symbol})
     * @param orderId fills of one order (optional, sent as {@code orderId})
     * @param startTime start of the time range (optional, sent as {@code startTime})
     * @param endTime at most 90 days after startTime (optional, sent as {@code endTime})
     * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as {@code limit})
     * @param idLessThan paging: only fills older than this tradeId (optional, sent as {@code idLessThan})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotFillsRequest(@Nullable String symbol, @Nullable String orderId, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable String idLessThan) {
        this(symbol, orderId, startTime, endTime, limit, idLessThan, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotFillsRequest withExtraParam(String name, Object value) {
        return new SpotFillsRequest(symbol, orderId, startTime, endTime, limit, idLessThan, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets symbol; the rest stay unset.
     *
     * @param symbol e.g. BTCUSDT (optional, sent as {@code symbol})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotFillsRequest of(String symbol) {
        return new SpotFillsRequest(Require.text(symbol, "symbol"), null, null, null, null, null, Map.of());
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
        private @Nullable String orderId;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private @Nullable String idLessThan;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code symbol}: e.g. BTCUSDT (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code orderId}: fills of one order (optional, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value, or null to leave it unset
         * @return this builder
         */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code startTime}: start of the time range (optional, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: at most 90 days after startTime (optional, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder endTime(@Nullable Instant endTime) {
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
         * Sets {@code idLessThan}: paging: only fills older than this tradeId (optional, sent as {@code idLessThan}). Checked by {@link #build()}.
         *
         * @param idLessThan the value, or null to leave it unset
         * @return this builder
         */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
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
        public SpotFillsRequest build() {
            return new SpotFillsRequest(symbol, orderId, startTime, endTime, limit, idLessThan, extraParams);
        }
    }
}
