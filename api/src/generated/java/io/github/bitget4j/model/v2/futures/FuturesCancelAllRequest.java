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
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as {@code symbol})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
 * @param marginCoin margin coin, e.g. USDT (optional, sent as {@code marginCoin})
 * @param requestTime client send time, checked against receiveWindow (optional, sent as {@code requestTime})
 * @param receiveWindow validity window in milliseconds (optional, greater than 0, sent as {@code receiveWindow})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesCancelAllRequest(
        @Nullable String symbol,
        ProductType productType,
        @Nullable String marginCoin,
        @Nullable Instant requestTime,
        @Nullable Long receiveWindow,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "marginCoin", "requestTime", "receiveWindow");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesCancelAllRequest {
        Require.known(productType, "productType");
        Require.positiveIfPresent(receiveWindow, "receiveWindow");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol trading pair, e.g. BTCUSDT (optional, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param marginCoin margin coin, e.g. USDT (optional, sent as {@code marginCoin})
     * @param requestTime client send time, checked against receiveWindow (optional, sent as {@code requestTime})
     * @param receiveWindow validity window in milliseconds (optional, greater than 0, sent as {@code receiveWindow})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesCancelAllRequest(@Nullable String symbol, ProductType productType, @Nullable String marginCoin, @Nullable Instant requestTime, @Nullable Long receiveWindow) {
        this(symbol, productType, marginCoin, requestTime, receiveWindow, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesCancelAllRequest withExtraParam(String name, Object value) {
        return new FuturesCancelAllRequest(symbol, productType, marginCoin, requestTime, receiveWindow, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets productType; the rest stay unset.
     *
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static FuturesCancelAllRequest of(ProductType productType) {
        return new FuturesCancelAllRequest(null, productType, null, null, null, Map.of());
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
        private @Nullable String marginCoin;
        private @Nullable Instant requestTime;
        private @Nullable Long receiveWindow;
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
         * Sets {@code marginCoin}: margin coin, e.g. USDT (optional, sent as {@code marginCoin}). Checked by {@link #build()}.
         *
         * @param marginCoin the value, or null to leave it unset
         * @return this builder
         */
        public Builder marginCoin(@Nullable String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /**
         * Sets {@code requestTime}: client send time, checked against receiveWindow (optional, sent as {@code requestTime}). Checked by {@link #build()}.
         *
         * @param requestTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder requestTime(@Nullable Instant requestTime) {
            this.requestTime = requestTime;
            return this;
        }

        /**
         * Sets {@code receiveWindow}: validity window in milliseconds (optional, greater than 0, sent as {@code receiveWindow}). Checked by {@link #build()}.
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
        public FuturesCancelAllRequest build() {
            return new FuturesCancelAllRequest(symbol, productType, marginCoin, requestTime, receiveWindow, extraParams);
        }
    }
}
