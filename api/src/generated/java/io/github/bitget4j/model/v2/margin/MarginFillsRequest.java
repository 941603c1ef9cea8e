// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.PathParam;
import io.github.bitget4j.model.v3.MarginMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param orderId Bitget's order ID (optional, sent as {@code orderId})
 * @param idLessThan minId of the previous page (optional, sent as {@code idLessThan})
 * @param startTime start of the time range (required, sent as {@code startTime})
 * @param endTime end of the time range (optional, sent as {@code endTime})
 * @param limit number of items per page (optional, greater than 0, at most 500, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginFillsRequest(
        @PathParam("marginType") MarginMode marginType,
        String symbol,
        @Nullable String orderId,
        @Nullable String idLessThan,
        Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "symbol", "orderId", "idLessThan", "startTime", "endTime", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginFillsRequest {
        Require.known(marginType, "marginType");
        Require.text(symbol, "symbol");
        Require.present(startTime, "startTime");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "500");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param orderId Bitget's order ID (optional, sent as {@code orderId})
     * @param idLessThan minId of the previous page (optional, sent as {@code idLessThan})
     * @param startTime start of the time range (required, sent as {@code startTime})
     * @param endTime end of the time range (optional, sent as {@code endTime})
     * @param limit number of items per page (optional, greater than 0, at most 500, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginFillsRequest(MarginMode marginType, String symbol, @Nullable String orderId, @Nullable String idLessThan, Instant startTime, @Nullable Instant endTime, @Nullable Integer limit) {
        this(marginType, symbol, orderId, idLessThan, startTime, endTime, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public MarginFillsRequest withExtraParam(String name, Object value) {
        return new MarginFillsRequest(marginType, symbol, orderId, idLessThan, startTime, endTime, limit, Require.withExtra(extraParams, name, value));
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
        private @Nullable MarginMode marginType;
        private @Nullable String symbol;
        private @Nullable String orderId;
        private @Nullable String idLessThan;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code marginType}: crossed or isolated (required, sent as {@code marginType} in the path). Checked by {@link #build()}.
         *
         * @param marginType the value
         * @return this builder
         */
        public Builder marginType(MarginMode marginType) {
            this.marginType = marginType;
            return this;
        }

        /**
         * Sets {@code symbol}: trading pair, e.g. BTCUSDT (required, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value
         * @return this builder
         */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code orderId}: Bitget's order ID (optional, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value, or null to leave it unset
         * @return this builder
         */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code idLessThan}: minId of the previous page (optional, sent as {@code idLessThan}). Checked by {@link #build()}.
         *
         * @param idLessThan the value, or null to leave it unset
         * @return this builder
         */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
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
         * Sets {@code endTime}: end of the time range (optional, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code limit}: number of items per page (optional, greater than 0, at most 500, sent as {@code limit}). Checked by {@link #build()}.
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
        public MarginFillsRequest build() {
            return new MarginFillsRequest(marginType, symbol, orderId, idLessThan, startTime, endTime, limit, extraParams);
        }
    }
}
