// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
 * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
 * @param leverage crossed mode, one-way mode, or the same value for both sides (optional, greater than 0, sent as {@code leverage})
 * @param longLeverage isolated hedge mode: long side; wins over leverage (optional, greater than 0, sent as {@code longLeverage})
 * @param shortLeverage isolated hedge mode: short side; wins over leverage (optional, greater than 0, sent as {@code shortLeverage})
 * @param holdSide isolated hedge mode: the side leverage applies to (optional, sent as {@code holdSide})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesSetLeverageRequest(
        String symbol,
        ProductType productType,
        String marginCoin,
        @Nullable BigDecimal leverage,
        @Nullable BigDecimal longLeverage,
        @Nullable BigDecimal shortLeverage,
        @Nullable FuturesHoldSide holdSide,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "marginCoin", "leverage", "longLeverage", "shortLeverage", "holdSide");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesSetLeverageRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.text(marginCoin, "marginCoin");
        Require.positiveIfPresent(leverage, "leverage");
        Require.positiveIfPresent(longLeverage, "longLeverage");
        Require.positiveIfPresent(shortLeverage, "shortLeverage");
        Require.knownIfPresent(holdSide, "holdSide");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
     * @param leverage crossed mode, one-way mode, or the same value for both sides (optional, greater than 0, sent as {@code leverage})
     * @param longLeverage isolated hedge mode: long side; wins over leverage (optional, greater than 0, sent as {@code longLeverage})
     * @param shortLeverage isolated hedge mode: short side; wins over leverage (optional, greater than 0, sent as {@code shortLeverage})
     * @param holdSide isolated hedge mode: the side leverage applies to (optional, sent as {@code holdSide})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesSetLeverageRequest(String symbol, ProductType productType, String marginCoin, @Nullable BigDecimal leverage, @Nullable BigDecimal longLeverage, @Nullable BigDecimal shortLeverage, @Nullable FuturesHoldSide holdSide) {
        this(symbol, productType, marginCoin, leverage, longLeverage, shortLeverage, holdSide, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesSetLeverageRequest withExtraParam(String name, Object value) {
        return new FuturesSetLeverageRequest(symbol, productType, marginCoin, leverage, longLeverage, shortLeverage, holdSide, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets symbol, productType, marginCoin, leverage; the rest stay unset.
     *
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
     * @param leverage crossed mode, one-way mode, or the same value for both sides (optional, greater than 0, sent as {@code leverage})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static FuturesSetLeverageRequest of(String symbol, ProductType productType, String marginCoin, BigDecimal leverage) {
        return new FuturesSetLeverageRequest(symbol, productType, marginCoin, Require.present(leverage, "leverage"), null, null, null, Map.of());
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
        private @Nullable BigDecimal leverage;
        private @Nullable BigDecimal longLeverage;
        private @Nullable BigDecimal shortLeverage;
        private @Nullable FuturesHoldSide holdSide;
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
         * Sets {@code marginCoin}: margin coin, e.g. USDT (required, sent as {@code marginCoin}). Checked by {@link #build()}.
         *
         * @param marginCoin the value
         * @return this builder
         */
        public Builder marginCoin(String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /**
         * Sets {@code leverage}: crossed mode, one-way mode, or the same value for both sides (optional, greater than 0, sent as {@code leverage}). Checked by {@link #build()}.
         *
         * @param leverage the value, or null to leave it unset
         * @return this builder
         */
        public Builder leverage(@Nullable BigDecimal leverage) {
            this.leverage = leverage;
            return this;
        }

        /**
         * Sets {@code longLeverage}: isolated hedge mode: long side; wins over leverage (optional, greater than 0, sent as {@code longLeverage}). Checked by {@link #build()}.
         *
         * @param longLeverage the value, or null to leave it unset
         * @return this builder
         */
        public Builder longLeverage(@Nullable BigDecimal longLeverage) {
            this.longLeverage = longLeverage;
            return this;
        }

        /**
         * Sets {@code shortLeverage}: isolated hedge mode: short side; wins over leverage (optional, greater than 0, sent as {@code shortLeverage}). Checked by {@link #build()}.
         *
         * @param shortLeverage the value, or null to leave it unset
         * @return this builder
         */
        public Builder shortLeverage(@Nullable BigDecimal shortLeverage) {
            this.shortLeverage = shortLeverage;
            return this;
        }

        /**
         * Sets {@code holdSide}: isolated hedge mode: the side leverage applies to (optional, sent as {@code holdSide}). Checked by {@link #build()}.
         *
         * @param holdSide the value, or null to leave it unset
         * @return this builder
         */
        public Builder holdSide(@Nullable FuturesHoldSide holdSide) {
            this.holdSide = holdSide;
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
        public FuturesSetLeverageRequest build() {
            return new FuturesSetLeverageRequest(symbol, productType, marginCoin, leverage, longLeverage, shortLeverage, holdSide, extraParams);
        }
    }
}
