// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
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
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
 * @param granularity granularity, one of {@code 1m}, {@code 3m}, {@code 5m}, {@code 15m}, {@code 30m}, {@code 1H}, {@code 4H}, {@code 6H} and 11 more (required, sent as {@code granularity})
 * @param startTime start of the time range (optional, sent as {@code startTime})
 * @param endTime end of the time range (optional, sent as {@code endTime})
 * @param limit default 100 (optional, greater than 0, at most 200, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesHistoricCandlesRequest(
        String symbol,
        ProductType productType,
        FuturesGranularity granularity,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "granularity", "startTime", "endTime", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesHistoricCandlesRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.known(granularity, "granularity");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "200");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param granularity granularity, one of {@code 1m}, {@code 3m}, {@code 5m}, {@code 15m}, {@code 30m}, {@code 1H}, {@code 4H}, {@code 6H} and 11 more (required, sent as {@code granularity})
     * @param startTime start of the time range (optional, sent as {@code startTime})
     * @param endTime end of the time range (optional, sent as {@code endTime})
     * @param limit default 100 (optional, greater than 0, at most 200, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesHistoricCandlesRequest(String symbol, ProductType productType, FuturesGranularity granularity, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit) {
        this(symbol, productType, granularity, startTime, endTime, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesHistoricCandlesRequest withExtraParam(String name, Object value) {
        return new FuturesHistoricCandlesRequest(symbol, productType, granularity, startTime, endTime, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets symbol, productType, granularity; the rest stay unset.
     *
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param granularity granularity, one of {@code 1m}, {@code 3m}, {@code 5m}, {@code 15m}, {@code 30m}, {@code 1H}, {@code 4H}, {@code 6H} and 11 more (required, sent as {@code granularity})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static FuturesHistoricCandlesRequest of(String symbol, ProductType productType, FuturesGranularity granularity) {
        return new FuturesHistoricCandlesRequest(symbol, productType, granularity, null, null, null, Map.of());
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
        private @Nullable FuturesGranularity granularity;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
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
         * Sets {@code productType}: futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType}). Checked by {@link #build()}.
         *
         * @param productType the value
         * @return this builder
         */
        public Builder productType(ProductType productType) {
            this.productType = productType;
            return this;
        }

        /**
         * Sets {@code granularity}: granularity, one of {@code 1m}, {@code 3m}, {@code 5m}, {@code 15m}, {@code 30m}, {@code 1H}, {@code 4H}, {@code 6H} and 11 more (required, sent as {@code granularity}). Checked by {@link #build()}.
         *
         * @param granularity the value
         * @return this builder
         */
        public Builder granularity(FuturesGranularity granularity) {
            this.granularity = granularity;
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
         * Sets {@code limit}: default 100 (optional, greater than 0, at most 200, sent as {@code limit}). Checked by {@link #build()}.
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
        public FuturesHistoricCandlesRequest build() {
            return new FuturesHistoricCandlesRequest(symbol, productType, granularity, startTime, endTime, limit, extraParams);
        }
    }
}
