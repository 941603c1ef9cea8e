// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot open orders query; all optional. Build it with {@link #builder()}.
 *
 * @param symbol e.g. BTCUSDT; unset for all (optional, sent as {@code symbol})
 * @param startTime earliest creation time, Unix milliseconds (optional, sent as {@code startTime})
 * @param endTime latest creation time, Unix milliseconds (optional, sent as {@code endTime})
 * @param idLessThan paging: only orders older than this order id (the last one of the previous page) (optional, sent as {@code idLessThan})
 * @param limit page size (Bitget's default and maximum 100) (optional, greater than 0, sent as {@code limit})
 * @param orderId one order (optional, sent as {@code orderId})
 * @param tpslType normal (default) or tpsl (optional, sent as {@code tpslType})
 * @param requestTime when the request was made, Unix milliseconds (with receiveWindow) (optional, sent as {@code requestTime})
 * @param receiveWindow how many milliseconds after requestTime the query may still be served (optional, sent as {@code receiveWindow})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotOpenOrdersRequest(
        @Nullable String symbol,
        @Nullable Long startTime,
        @Nullable Long endTime,
        @Nullable String idLessThan,
        @Nullable Integer limit,
        @Nullable String orderId,
        @Nullable TpslType tpslType,
        @Nullable Long requestTime,
        @Nullable Long receiveWindow,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "startTime", "endTime", "idLessThan", "limit", "orderId", "tpslType", "requestTime", "receiveWindow");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotOpenOrdersRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.knownIfPresent(tpslType, "tpslType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. BTCUSDT; unset for all (optional, sent as {@code symbol})
     * @param startTime earliest creation time, Unix milliseconds (optional, sent as {@code startTime})
     * @param endTime latest creation time, Unix milliseconds (optional, sent as {@code endTime})
     * @param idLessThan paging: only orders older than this order id (the last one of the previous page) (optional, sent as {@code idLessThan})
     * @param limit page size (Bitget's default and maximum 100) (optional, greater than 0, sent as {@code limit})
     * @param orderId one order (optional, sent as {@code orderId})
     * @param tpslType normal (default) or tpsl (optional, sent as {@code tpslType})
     * @param requestTime when the request was made, Unix milliseconds (with receiveWindow) (optional, sent as {@code requestTime})
     * @param receiveWindow how many milliseconds after requestTime the query may still be served (optional, sent as {@code receiveWindow})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotOpenOrdersRequest(@Nullable String symbol, @Nullable Long startTime, @Nullable Long endTime, @Nullable String idLessThan, @Nullable Integer limit, @Nullable String orderId, @Nullable TpslType tpslType, @Nullable Long requestTime, @Nullable Long receiveWindow) {
        this(symbol, startTime, endTime, idLessThan, limit, orderId, tpslType, requestTime, receiveWindow, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotOpenOrdersRequest withExtraParam(String name, Object value) {
        return new SpotOpenOrdersRequest(symbol, startTime, endTime, idLessThan, limit, orderId, tpslType, requestTime, receiveWindow, Require.withExtra(extraParams, name, value));
    }

    /**
     * Every open order, first page.
     *
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotOpenOrdersRequest all() {
        return new SpotOpenOrdersRequest(null, null, null, null, null, null, null, null, null, Map.of());
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
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable String idLessThan;
        private @Nullable Integer limit;
        private @Nullable String orderId;
        private @Nullable TpslType tpslType;
        private @Nullable Long requestTime;
        private @Nullable Long receiveWindow;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code symbol}: e.g. BTCUSDT; unset for all (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code startTime}: earliest creation time, Unix milliseconds (optional, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder startTime(@Nullable Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: latest creation time, Unix milliseconds (optional, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder endTime(@Nullable Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code idLessThan}: paging: only orders older than this order id (the last one of the previous page) (optional, sent as {@code idLessThan}). Checked by {@link #build()}.
         *
         * @param idLessThan the value, or null to leave it unset
         * @return this builder
         */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /**
         * Sets {@code limit}: page size (Bitget's default and maximum 100) (optional, greater than 0, sent as {@code limit}). Checked by {@link #build()}.
         *
         * @param limit the value, or null to leave it unset
         * @return this builder
         */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code orderId}: one order (optional, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value, or null to leave it unset
         * @return this builder
         */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code tpslType}: normal (default) or tpsl (optional, sent as {@code tpslType}). Checked by {@link #build()}.
         *
         * @param tpslType the value, or null to leave it unset
         * @return this builder
         */
        public Builder tpslType(@Nullable TpslType tpslType) {
            this.tpslType = tpslType;
            return this;
        }

        /**
         * Sets {@code requestTime}: when the request was made, Unix milliseconds (with receiveWindow) (optional, sent as {@code requestTime}). Checked by {@link #build()}.
         *
         * @param requestTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder requestTime(@Nullable Long requestTime) {
            this.requestTime = requestTime;
            return this;
        }

        /**
         * Sets {@code receiveWindow}: how many milliseconds after requestTime the query may still be served (optional, sent as {@code receiveWindow}). Checked by {@link #build()}.
         *
         * @param receiveWindow the value, or null to leave it unset
         * @return this builder
         */
        public Builder receiveWindow(@Nullable Long receiveWindow) {
            this.receiveWindow = receiveWindow;
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
        public SpotOpenOrdersRequest build() {
            return new SpotOpenOrdersRequest(symbol, startTime, endTime, idLessThan, limit, orderId, tpslType, requestTime, receiveWindow, extraParams);
        }
    }
}
