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
 * @param openAmount margin to commit, margin coin (required, greater than 0, sent as {@code openAmount})
 * @param openPrice open price, decimal (required, greater than 0, sent as {@code openPrice})
 * @param leverage default 20 (optional, greater than 0, sent as {@code leverage})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesOpenCountRequest(
        String symbol,
        ProductType productType,
        String marginCoin,
        BigDecimal openAmount,
        BigDecimal openPrice,
        @Nullable BigDecimal leverage,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "marginCoin", "openAmount", "openPrice", "leverage");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesOpenCountRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.text(marginCoin, "marginCoin");
        Require.present(openAmount, "openAmount");
        Require.positiveIfPresent(openAmount, "openAmount");
        Require.present(openPrice, "openPrice");
        Require.positiveIfPresent(openPrice, "openPrice");
        Require.positiveIfPresent(leverage, "leverage");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
     * @param openAmount margin to commit, margin coin (required, greater than 0, sent as {@code openAmount})
     * @param openPrice open price, decimal (required, greater than 0, sent as {@code openPrice})
     * @param leverage default 20 (optional, greater than 0, sent as {@code leverage})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesOpenCountRequest(String symbol, ProductType productType, String marginCoin, BigDecimal openAmount, BigDecimal openPrice, @Nullable BigDecimal leverage) {
        this(symbol, productType, marginCoin, openAmount, openPrice, leverage, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesOpenCountRequest withExtraParam(String name, Object value) {
        return new FuturesOpenCountRequest(symbol, productType, marginCoin, openAmount, openPrice, leverage, Require.withExtra(extraParams, name, value));
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
        private @Nullable BigDecimal openAmount;
        private @Nullable BigDecimal openPrice;
        private @Nullable BigDecimal leverage;
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
         * Sets {@code openAmount}: margin to commit, margin coin (required, greater than 0, sent as {@code openAmount}). Checked by {@link #build()}.
         *
         * @param openAmount the value
         * @return this builder
         */
        public Builder openAmount(BigDecimal openAmount) {
            this.openAmount = openAmount;
            return this;
        }

        /**
         * Sets {@code openPrice}: open price, decimal (required, greater than 0, sent as {@code openPrice}). Checked by {@link #build()}.
         *
         * @param openPrice the value
         * @return this builder
         */
        public Builder openPrice(BigDecimal openPrice) {
            this.openPrice = openPrice;
            return this;
        }

        /**
         * Sets {@code leverage}: default 20 (optional, greater than 0, sent as {@code leverage}). Checked by {@link #build()}.
         *
         * @param leverage the value, or null to leave it unset
         * @return this builder
         */
        public Builder leverage(@Nullable BigDecimal leverage) {
            this.leverage = leverage;
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
        public FuturesOpenCountRequest build() {
            return new FuturesOpenCountRequest(symbol, productType, marginCoin, openAmount, openPrice, leverage, extraParams);
        }
    }
}
