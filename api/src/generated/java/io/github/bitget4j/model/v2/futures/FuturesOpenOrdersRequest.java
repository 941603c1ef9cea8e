// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
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
 * @param orderId Bitget's order ID (optional, sent as {@code orderId})
 * @param clientOid your own order ID (optional, sent as {@code clientOid})
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as {@code symbol})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
 * @param status default: live only (optional, sent as {@code status})
 * @param idLessThan cursor: items before this ID (from the previous page) (optional, sent as {@code idLessThan})
 * @param startTime start of the time range (optional, sent as {@code startTime})
 * @param endTime end of the time range (optional, sent as {@code endTime})
 * @param limit number of items per page (optional, greater than 0, at most 100, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesOpenOrdersRequest(
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable String symbol,
        ProductType productType,
        @Nullable FuturesPendingStatus status,
        @Nullable String idLessThan,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "clientOid", "symbol", "productType", "status", "idLessThan", "startTime", "endTime", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesOpenOrdersRequest {
        Require.known(productType, "productType");
        Require.knownIfPresent(status, "status");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's order ID (optional, sent as {@code orderId})
     * @param clientOid your own order ID (optional, sent as {@code clientOid})
     * @param symbol trading pair, e.g. BTCUSDT (optional, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param status default: live only (optional, sent as {@code status})
     * @param idLessThan cursor: items before this ID (from the previous page) (optional, sent as {@code idLessThan})
     * @param startTime start of the time range (optional, sent as {@code startTime})
     * @param endTime end of the time range (optional, sent as {@code endTime})
     * @param limit number of items per page (optional, greater than 0, at most 100, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesOpenOrdersRequest(@Nullable String orderId, @Nullable String clientOid, @Nullable String symbol, ProductType productType, @Nullable FuturesPendingStatus status, @Nullable String idLessThan, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit) {
        this(orderId, clientOid, symbol, productType, status, idLessThan, startTime, endTime, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesOpenOrdersRequest withExtraParam(String name, Object value) {
        return new FuturesOpenOrdersRequest(orderId, clientOid, symbol, productType, status, idLessThan, startTime, endTime, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets productType; the rest stay unset.
     *
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static FuturesOpenOrdersRequest of(ProductType productType) {
        return new FuturesOpenOrdersRequest(null, null, null, productType, null, null, null, null, null, Map.of());
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
        private @Nullable String orderId;
        private @Nullable String clientOid;
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable FuturesPendingStatus status;
        private @Nullable String idLessThan;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
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
         * Sets {@code clientOid}: your own order ID (optional, sent as {@code clientOid}). Checked by {@link #build()}.
         *
         * @param clientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
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
         * Sets {@code status}: default: live only (optional, sent as {@code status}). Checked by {@link #build()}.
         *
         * @param status the value, or null to leave it unset
         * @return this builder
         */
        public Builder status(@Nullable FuturesPendingStatus status) {
            this.status = status;
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
         * Sets {@code limit}: number of items per page (optional, greater than 0, at most 100, sent as {@code limit}). Checked by {@link #build()}.
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
        public FuturesOpenOrdersRequest build() {
            return new FuturesOpenOrdersRequest(orderId, clientOid, symbol, productType, status, idLessThan, startTime, endTime, limit, extraParams);
        }
    }
}
