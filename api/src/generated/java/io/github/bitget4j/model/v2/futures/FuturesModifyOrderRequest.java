// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * a new price and size must be sent together. Build it with {@link #builder()}.
 *
 * @param orderId Bitget's order ID (optional, sent as {@code orderId})
 * @param clientOid your own order ID (optional, sent as {@code clientOid})
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
 * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
 * @param newClientOid client id of the replacement order (required, sent as {@code newClientOid})
 * @param newSize new size, decimal (optional, greater than 0, sent as {@code newSize})
 * @param newPrice new price, decimal (optional, greater than 0, sent as {@code newPrice})
 * @param newPresetStopSurplusPrice new preset stop surplus price, decimal (optional, greater than 0, sent as {@code newPresetStopSurplusPrice})
 * @param newPresetStopLossPrice new preset stop loss price, decimal (optional, greater than 0, sent as {@code newPresetStopLossPrice})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesModifyOrderRequest(
        @Nullable String orderId,
        @Nullable String clientOid,
        String symbol,
        ProductType productType,
        String marginCoin,
        String newClientOid,
        @Nullable BigDecimal newSize,
        @Nullable BigDecimal newPrice,
        @Nullable BigDecimal newPresetStopSurplusPrice,
        @Nullable BigDecimal newPresetStopLossPrice,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "clientOid", "symbol", "productType", "marginCoin", "newClientOid", "newSize", "newPrice", "newPresetStopSurplusPrice", "newPresetStopLossPrice");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesModifyOrderRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.text(marginCoin, "marginCoin");
        Require.text(newClientOid, "newClientOid");
        Require.positiveIfPresent(newSize, "newSize");
        Require.positiveIfPresent(newPrice, "newPrice");
        Require.positiveIfPresent(newPresetStopSurplusPrice, "newPresetStopSurplusPrice");
        Require.positiveIfPresent(newPresetStopLossPrice, "newPresetStopLossPrice");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's order ID (optional, sent as {@code orderId})
     * @param clientOid your own order ID (optional, sent as {@code clientOid})
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
     * @param newClientOid client id of the replacement order (required, sent as {@code newClientOid})
     * @param newSize new size, decimal (optional, greater than 0, sent as {@code newSize})
     * @param newPrice new price, decimal (optional, greater than 0, sent as {@code newPrice})
     * @param newPresetStopSurplusPrice new preset stop surplus price, decimal (optional, greater than 0, sent as {@code newPresetStopSurplusPrice})
     * @param newPresetStopLossPrice new preset stop loss price, decimal (optional, greater than 0, sent as {@code newPresetStopLossPrice})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesModifyOrderRequest(@Nullable String orderId, @Nullable String clientOid, String symbol, ProductType productType, String marginCoin, String newClientOid, @Nullable BigDecimal newSize, @Nullable BigDecimal newPrice, @Nullable BigDecimal newPresetStopSurplusPrice, @Nullable BigDecimal newPresetStopLossPrice) {
        this(orderId, clientOid, symbol, productType, marginCoin, newClientOid, newSize, newPrice, newPresetStopSurplusPrice, newPresetStopLossPrice, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesModifyOrderRequest withExtraParam(String name, Object value) {
        return new FuturesModifyOrderRequest(orderId, clientOid, symbol, productType, marginCoin, newClientOid, newSize, newPrice, newPresetStopSurplusPrice, newPresetStopLossPrice, Require.withExtra(extraParams, name, value));
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
        private @Nullable String marginCoin;
        private @Nullable String newClientOid;
        private @Nullable BigDecimal newSize;
        private @Nullable BigDecimal newPrice;
        private @Nullable BigDecimal newPresetStopSurplusPrice;
        private @Nullable BigDecimal newPresetStopLossPrice;
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
         * Sets {@code newClientOid}: client id of the replacement order (required, sent as {@code newClientOid}). Checked by {@link #build()}.
         *
         * @param newClientOid the value
         * @return this builder
         */
        public Builder newClientOid(String newClientOid) {
            this.newClientOid = newClientOid;
            return this;
        }

        /**
         * Sets {@code newSize}: new size, decimal (optional, greater than 0, sent as {@code newSize}). Checked by {@link #build()}.
         *
         * @param newSize the value, or null to leave it unset
         * @return this builder
         */
        public Builder newSize(@Nullable BigDecimal newSize) {
            this.newSize = newSize;
            return this;
        }

        /**
         * Sets {@code newPrice}: new price, decimal (optional, greater than 0, sent as {@code newPrice}). Checked by {@link #build()}.
         *
         * @param newPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder newPrice(@Nullable BigDecimal newPrice) {
            this.newPrice = newPrice;
            return this;
        }

        /**
         * Sets {@code newPresetStopSurplusPrice}: new preset stop surplus price, decimal (optional, greater than 0, sent as {@code newPresetStopSurplusPrice}). Checked by {@link #build()}.
         *
         * @param newPresetStopSurplusPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder newPresetStopSurplusPrice(@Nullable BigDecimal newPresetStopSurplusPrice) {
            this.newPresetStopSurplusPrice = newPresetStopSurplusPrice;
            return this;
        }

        /**
         * Sets {@code newPresetStopLossPrice}: new preset stop loss price, decimal (optional, greater than 0, sent as {@code newPresetStopLossPrice}). Checked by {@link #build()}.
         *
         * @param newPresetStopLossPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder newPresetStopLossPrice(@Nullable BigDecimal newPresetStopLossPrice) {
            this.newPresetStopLossPrice = newPresetStopLossPrice;
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
        public FuturesModifyOrderRequest build() {
            return new FuturesModifyOrderRequest(orderId, clientOid, symbol, productType, marginCoin, newClientOid, newSize, newPrice, newPresetStopSurplusPrice, newPresetStopLossPrice, extraParams);
        }
    }
}
