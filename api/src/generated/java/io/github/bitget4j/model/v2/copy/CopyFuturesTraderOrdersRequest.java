// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as {@code symbol})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
 * @param startTime span at most three months (optional, sent as {@code startTime})
 * @param endTime end of the time range (optional, sent as {@code endTime})
 * @param limit default 20 (optional, greater than 0, at most 50, sent as {@code limit})
 * @param idGreaterThan endId of the previous page (newer data) (optional, sent as {@code idGreaterThan})
 * @param idLessThan endId of the previous page (older data) (optional, sent as {@code idLessThan})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyFuturesTraderOrdersRequest(
        @Nullable String symbol,
        CopyProductType productType,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable String idGreaterThan,
        @Nullable String idLessThan,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "startTime", "endTime", "limit", "idGreaterThan", "idLessThan");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesTraderOrdersRequest {
        Require.known(productType, "productType");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "50");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol trading pair, e.g. BTCUSDT (optional, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
     * @param startTime span at most three months (optional, sent as {@code startTime})
     * @param endTime end of the time range (optional, sent as {@code endTime})
     * @param limit default 20 (optional, greater than 0, at most 50, sent as {@code limit})
     * @param idGreaterThan endId of the previous page (newer data) (optional, sent as {@code idGreaterThan})
     * @param idLessThan endId of the previous page (older data) (optional, sent as {@code idLessThan})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesTraderOrdersRequest(@Nullable String symbol, CopyProductType productType, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable String idGreaterThan, @Nullable String idLessThan) {
        this(symbol, productType, startTime, endTime, limit, idGreaterThan, idLessThan, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopyFuturesTraderOrdersRequest withExtraParam(String name, Object value) {
        return new CopyFuturesTraderOrdersRequest(symbol, productType, startTime, endTime, limit, idGreaterThan, idLessThan, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets productType; the rest stay unset.
     *
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CopyFuturesTraderOrdersRequest of(CopyProductType productType) {
        return new CopyFuturesTraderOrdersRequest(null, productType, null, null, null, null, null, Map.of());
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
        private @Nullable CopyProductType productType;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private @Nullable String idGreaterThan;
        private @Nullable String idLessThan;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code symbol}: trading pair, e.g. BTCUSDT (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code productType}: futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType}). Checked by {@link #build()}.
         *
         * @param productType the value
         * @return this builder
         */
        public Builder productType(CopyProductType productType) {
            this.productType = productType;
            return this;
        }

        /**
         * Sets {@code startTime}: span at most three months (optional, sent as {@code startTime}). Checked by {@link #build()}.
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
         * Sets {@code limit}: default 20 (optional, greater than 0, at most 50, sent as {@code limit}). Checked by {@link #build()}.
         *
         * @param limit the value, or null to leave it unset
         * @return this builder
         */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code idGreaterThan}: endId of the previous page (newer data) (optional, sent as {@code idGreaterThan}). Checked by {@link #build()}.
         *
         * @param idGreaterThan the value, or null to leave it unset
         * @return this builder
         */
        public Builder idGreaterThan(@Nullable String idGreaterThan) {
            this.idGreaterThan = idGreaterThan;
            return this;
        }

        /**
         * Sets {@code idLessThan}: endId of the previous page (older data) (optional, sent as {@code idLessThan}). Checked by {@link #build()}.
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
        public CopyFuturesTraderOrdersRequest build() {
            return new CopyFuturesTraderOrdersRequest(symbol, productType, startTime, endTime, limit, idGreaterThan, idLessThan, extraParams);
        }
    }
}
