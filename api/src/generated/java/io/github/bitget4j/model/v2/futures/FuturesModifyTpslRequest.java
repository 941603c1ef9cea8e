// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
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
 * @param orderId Bitget's order ID (optional, sent as {@code orderId})
 * @param clientOid your own order ID (optional, sent as {@code clientOid})
 * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param triggerPrice trigger price, decimal (required, greater than 0, sent as {@code triggerPrice})
 * @param triggerType trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code triggerType})
 * @param executePrice 0 or absent: market (optional, 0 or more, sent as {@code executePrice})
 * @param size required for partial TP/SL; leave unset for pos_profit / pos_loss (optional, greater than 0, sent as {@code size})
 * @param rangeRate moving_plan only (optional, greater than 0, sent as {@code rangeRate})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesModifyTpslRequest(
        @Nullable String orderId,
        @Nullable String clientOid,
        String marginCoin,
        ProductType productType,
        String symbol,
        BigDecimal triggerPrice,
        @Nullable FuturesTriggerType triggerType,
        @Nullable BigDecimal executePrice,
        @Nullable BigDecimal size,
        @Nullable BigDecimal rangeRate,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "clientOid", "marginCoin", "productType", "symbol", "triggerPrice", "triggerType", "executePrice", "size", "rangeRate");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesModifyTpslRequest {
        Require.text(marginCoin, "marginCoin");
        Require.known(productType, "productType");
        Require.text(symbol, "symbol");
        Require.present(triggerPrice, "triggerPrice");
        Require.positiveIfPresent(triggerPrice, "triggerPrice");
        Require.knownIfPresent(triggerType, "triggerType");
        Require.atLeast(executePrice, "executePrice", "0");
        Require.positiveIfPresent(size, "size");
        Require.positiveIfPresent(rangeRate, "rangeRate");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's order ID (optional, sent as {@code orderId})
     * @param clientOid your own order ID (optional, sent as {@code clientOid})
     * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param triggerPrice trigger price, decimal (required, greater than 0, sent as {@code triggerPrice})
     * @param triggerType trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code triggerType})
     * @param executePrice 0 or absent: market (optional, 0 or more, sent as {@code executePrice})
     * @param size required for partial TP/SL; leave unset for pos_profit / pos_loss (optional, greater than 0, sent as {@code size})
     * @param rangeRate moving_plan only (optional, greater than 0, sent as {@code rangeRate})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesModifyTpslRequest(@Nullable String orderId, @Nullable String clientOid, String marginCoin, ProductType productType, String symbol, BigDecimal triggerPrice, @Nullable FuturesTriggerType triggerType, @Nullable BigDecimal executePrice, @Nullable BigDecimal size, @Nullable BigDecimal rangeRate) {
        this(orderId, clientOid, marginCoin, productType, symbol, triggerPrice, triggerType, executePrice, size, rangeRate, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesModifyTpslRequest withExtraParam(String name, Object value) {
        return new FuturesModifyTpslRequest(orderId, clientOid, marginCoin, productType, symbol, triggerPrice, triggerType, executePrice, size, rangeRate, Require.withExtra(extraParams, name, value));
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
        private @Nullable String marginCoin;
        private @Nullable ProductType productType;
        private @Nullable String symbol;
        private @Nullable BigDecimal triggerPrice;
        private @Nullable FuturesTriggerType triggerType;
        private @Nullable BigDecimal executePrice;
        private @Nullable BigDecimal size;
        private @Nullable BigDecimal rangeRate;
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
         * Sets {@code triggerPrice}: trigger price, decimal (required, greater than 0, sent as {@code triggerPrice}). Checked by {@link #build()}.
         *
         * @param triggerPrice the value
         * @return this builder
         */
        public Builder triggerPrice(BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /**
         * Sets {@code triggerType}: trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code triggerType}). Checked by {@link #build()}.
         *
         * @param triggerType the value, or null to leave it unset
         * @return this builder
         */
        public Builder triggerType(@Nullable FuturesTriggerType triggerType) {
            this.triggerType = triggerType;
            return this;
        }

        /**
         * Sets {@code executePrice}: 0 or absent: market (optional, 0 or more, sent as {@code executePrice}). Checked by {@link #build()}.
         *
         * @param executePrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder executePrice(@Nullable BigDecimal executePrice) {
            this.executePrice = executePrice;
            return this;
        }

        /**
         * Sets {@code size}: required for partial TP/SL; leave unset for pos_profit / pos_loss (optional, greater than 0, sent as {@code size}). Checked by {@link #build()}.
         *
         * @param size the value, or null to leave it unset
         * @return this builder
         */
        public Builder size(@Nullable BigDecimal size) {
            this.size = size;
            return this;
        }

        /**
         * Sets {@code rangeRate}: moving_plan only (optional, greater than 0, sent as {@code rangeRate}). Checked by {@link #build()}.
         *
         * @param rangeRate the value, or null to leave it unset
         * @return this builder
         */
        public Builder rangeRate(@Nullable BigDecimal rangeRate) {
            this.rangeRate = rangeRate;
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
        public FuturesModifyTpslRequest build() {
            return new FuturesModifyTpslRequest(orderId, clientOid, marginCoin, productType, symbol, triggerPrice, triggerType, executePrice, size, rangeRate, extraParams);
        }
    }
}
