// Generated from codegen/model/v2/futures-position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param symbol when set, productType is ignored (optional, sent as {@code symbol})
 * @param productType default USDT-FUTURES (optional, sent as {@code productType})
 * @param idLessThan cursor: items before this ID (from the previous page) (optional, sent as {@code idLessThan})
 * @param startTime start of the time range (optional, sent as {@code startTime})
 * @param endTime end of the time range (optional, sent as {@code endTime})
 * @param limit default 20 (optional, greater than 0, at most 100, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesHistoricPositionsRequest(
        @Nullable String symbol,
        @Nullable ProductType productType,
        @Nullable String idLessThan,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "idLessThan", "startTime", "endTime", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesHistoricPositionsRequest {
        Require.knownIfPresent(productType, "productType");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol when set, productType is ignored (optional, sent as {@code symbol})
     * @param productType default USDT-FUTURES (optional, sent as {@code productType})
     * @param idLessThan cursor: items before this ID (from the previous page) (optional, sent as {@code idLessThan})
     * @param startTime start of the time range (optional, sent as {@code startTime})
     * @param endTime end of the time range (optional, sent as {@code endTime})
     * @param limit default 20 (optional, greater than 0, at most 100, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesHistoricPositionsRequest(@Nullable String symbol, @Nullable ProductType productType, @Nullable String idLessThan, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit) {
        this(symbol, productType, idLessThan, startTime, endTime, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesHistoricPositionsRequest withExtraParam(String name, Object value) {
        return new FuturesHistoricPositionsRequest(symbol, productType, idLessThan, startTime, endTime, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets productType; the rest stay unset.
     *
     * @param productType default USDT-FUTURES (optional, sent as {@code productType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static FuturesHistoricPositionsRequest of(ProductType productType) {
        return new FuturesHistoricPositionsRequest(null, Require.present(productType, "productType"), null, null, null, null, Map.of());
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
        private @Nullable ProductType productType;
        private @Nullable String idLessThan;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code symbol}: when set, productType is ignored (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code productType}: default USDT-FUTURES (optional, sent as {@code productType}). Checked by {@link #build()}.
         *
         * @param productType the value, or null to leave it unset
         * @return this builder
         */
        public Builder productType(@Nullable ProductType productType) {
            this.productType = productType;
            return this;
        }

        /**
         * Sets {@code idLessThan}: cursor: items before this ID (from the previous page) (optional, sent as {@code idLessThan}). Checked by {@link #build()}.
         *
         * @param idLessThan the value, or null to leave it unset
         * @return this builder
         */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
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
         * Sets {@code limit}: default 20 (optional, greater than 0, at most 100, sent as {@code limit}). Checked by {@link #build()}.
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
        public FuturesHistoricPositionsRequest build() {
            return new FuturesHistoricPositionsRequest(symbol, productType, idLessThan, startTime, endTime, limit, extraParams);
        }
    }
}
