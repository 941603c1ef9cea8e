// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.OrderType;
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
 * @param posSide pos side, one of {@code long}, {@code short} (required, sent as {@code posSide})
 * @param orderType order type, one of {@code limit}, {@code market} (required, sent as {@code orderType})
 * @param openPrice required for a limit order (optional, greater than 0, sent as {@code openPrice})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesMaxOpenRequest(
        String symbol,
        ProductType productType,
        String marginCoin,
        FuturesHoldSide posSide,
        OrderType orderType,
        @Nullable BigDecimal openPrice,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "marginCoin", "posSide", "orderType", "openPrice");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesMaxOpenRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.text(marginCoin, "marginCoin");
        Require.known(posSide, "posSide");
        Require.known(orderType, "orderType");
        Require.positiveIfPresent(openPrice, "openPrice");
        Require.requiredWhen(orderType == OrderType.LIMIT, openPrice, "openPrice is required when orderType is limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
     * @param posSide pos side, one of {@code long}, {@code short} (required, sent as {@code posSide})
     * @param orderType order type, one of {@code limit}, {@code market} (required, sent as {@code orderType})
     * @param openPrice required for a limit order (optional, greater than 0, sent as {@code openPrice})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesMaxOpenRequest(String symbol, ProductType productType, String marginCoin, FuturesHoldSide posSide, OrderType orderType, @Nullable BigDecimal openPrice) {
        this(symbol, productType, marginCoin, posSide, orderType, openPrice, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesMaxOpenRequest withExtraParam(String name, Object value) {
        return new FuturesMaxOpenRequest(symbol, productType, marginCoin, posSide, orderType, openPrice, Require.withExtra(extraParams, name, value));
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
        private @Nullable FuturesHoldSide posSide;
        private @Nullable OrderType orderType;
        private @Nullable BigDecimal openPrice;
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
         * Sets {@code posSide}: pos side, one of {@code long}, {@code short} (required, sent as {@code posSide}). Checked by {@link #build()}.
         *
         * @param posSide the value
         * @return this builder
         */
        public Builder posSide(FuturesHoldSide posSide) {
            this.posSide = posSide;
            return this;
        }

        /**
         * Sets {@code orderType}: order type, one of {@code limit}, {@code market} (required, sent as {@code orderType}). Checked by {@link #build()}.
         *
         * @param orderType the value
         * @return this builder
         */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /**
         * Sets {@code openPrice}: required for a limit order (optional, greater than 0, sent as {@code openPrice}). Checked by {@link #build()}.
         *
         * @param openPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder openPrice(@Nullable BigDecimal openPrice) {
            this.openPrice = openPrice;
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
        public FuturesMaxOpenRequest build() {
            return new FuturesMaxOpenRequest(symbol, productType, marginCoin, posSide, orderType, openPrice, extraParams);
        }
    }
}
