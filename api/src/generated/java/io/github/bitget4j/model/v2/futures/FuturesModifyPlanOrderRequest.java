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
 * @param planType plan type, one of {@code normal_plan}, {@code track_plan} (required, sent as {@code planType})
 * @param orderId Bitget's order ID (optional, sent as {@code orderId})
 * @param clientOid your own order ID (optional, sent as {@code clientOid})
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
 * @param newSize new size, decimal (optional, greater than 0, sent as {@code newSize})
 * @param newPrice new price, decimal (optional, greater than 0, sent as {@code newPrice})
 * @param newCallbackRatio new callback ratio, decimal (optional, greater than 0, sent as {@code newCallbackRatio})
 * @param newTriggerPrice new trigger price, decimal (optional, greater than 0, sent as {@code newTriggerPrice})
 * @param newTriggerType new trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code newTriggerType})
 * @param newStopSurplusTriggerPrice new stop surplus trigger price, decimal (optional, greater than 0, sent as {@code newStopSurplusTriggerPrice})
 * @param newStopSurplusExecutePrice new stop surplus execute price, decimal (optional, 0 or more, sent as {@code newStopSurplusExecutePrice})
 * @param newStopSurplusTriggerType new stop surplus trigger type, one of {@code fill_price}, {@code mark_price}, {@code index_price} (optional, sent as {@code newStopSurplusTriggerType})
 * @param newStopLossTriggerPrice new stop loss trigger price, decimal (optional, greater than 0, sent as {@code newStopLossTriggerPrice})
 * @param newStopLossExecutePrice new stop loss execute price, decimal (optional, 0 or more, sent as {@code newStopLossExecutePrice})
 * @param newStopLossTriggerType new stop loss trigger type, one of {@code fill_price}, {@code mark_price}, {@code index_price} (optional, sent as {@code newStopLossTriggerType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesModifyPlanOrderRequest(
        FuturesPlanOrderType planType,
        @Nullable String orderId,
        @Nullable String clientOid,
        String symbol,
        ProductType productType,
        @Nullable BigDecimal newSize,
        @Nullable BigDecimal newPrice,
        @Nullable BigDecimal newCallbackRatio,
        @Nullable BigDecimal newTriggerPrice,
        @Nullable FuturesTriggerType newTriggerType,
        @Nullable BigDecimal newStopSurplusTriggerPrice,
        @Nullable BigDecimal newStopSurplusExecutePrice,
        @Nullable FuturesTpslTriggerType newStopSurplusTriggerType,
        @Nullable BigDecimal newStopLossTriggerPrice,
        @Nullable BigDecimal newStopLossExecutePrice,
        @Nullable FuturesTpslTriggerType newStopLossTriggerType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("planType", "orderId", "clientOid", "symbol", "productType", "newSize", "newPrice", "newCallbackRatio", "newTriggerPrice", "newTriggerType", "newStopSurplusTriggerPrice", "newStopSurplusExecutePrice", "newStopSurplusTriggerType", "newStopLossTriggerPrice", "newStopLossExecutePrice", "newStopLossTriggerType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesModifyPlanOrderRequest {
        Require.known(planType, "planType");
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.positiveIfPresent(newSize, "newSize");
        Require.positiveIfPresent(newPrice, "newPrice");
        Require.positiveIfPresent(newCallbackRatio, "newCallbackRatio");
        Require.positiveIfPresent(newTriggerPrice, "newTriggerPrice");
        Require.knownIfPresent(newTriggerType, "newTriggerType");
        Require.positiveIfPresent(newStopSurplusTriggerPrice, "newStopSurplusTriggerPrice");
        Require.atLeast(newStopSurplusExecutePrice, "newStopSurplusExecutePrice", "0");
        Require.knownIfPresent(newStopSurplusTriggerType, "newStopSurplusTriggerType");
        Require.positiveIfPresent(newStopLossTriggerPrice, "newStopLossTriggerPrice");
        Require.atLeast(newStopLossExecutePrice, "newStopLossExecutePrice", "0");
        Require.knownIfPresent(newStopLossTriggerType, "newStopLossTriggerType");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param planType plan type, one of {@code normal_plan}, {@code track_plan} (required, sent as {@code planType})
     * @param orderId Bitget's order ID (optional, sent as {@code orderId})
     * @param clientOid your own order ID (optional, sent as {@code clientOid})
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param newSize new size, decimal (optional, greater than 0, sent as {@code newSize})
     * @param newPrice new price, decimal (optional, greater than 0, sent as {@code newPrice})
     * @param newCallbackRatio new callback ratio, decimal (optional, greater than 0, sent as {@code newCallbackRatio})
     * @param newTriggerPrice new trigger price, decimal (optional, greater than 0, sent as {@code newTriggerPrice})
     * @param newTriggerType new trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code newTriggerType})
     * @param newStopSurplusTriggerPrice new stop surplus trigger price, decimal (optional, greater than 0, sent as {@code newStopSurplusTriggerPrice})
     * @param newStopSurplusExecutePrice new stop surplus execute price, decimal (optional, 0 or more, sent as {@code newStopSurplusExecutePrice})
     * @param newStopSurplusTriggerType new stop surplus trigger type, one of {@code fill_price}, {@code mark_price}, {@code index_price} (optional, sent as {@code newStopSurplusTriggerType})
     * @param newStopLossTriggerPrice new stop loss trigger price, decimal (optional, greater than 0, sent as {@code newStopLossTriggerPrice})
     * @param newStopLossExecutePrice new stop loss execute price, decimal (optional, 0 or more, sent as {@code newStopLossExecutePrice})
     * @param newStopLossTriggerType new stop loss trigger type, one of {@code fill_price}, {@code mark_price}, {@code index_price} (optional, sent as {@code newStopLossTriggerType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesModifyPlanOrderRequest(FuturesPlanOrderType planType, @Nullable String orderId, @Nullable String clientOid, String symbol, ProductType productType, @Nullable BigDecimal newSize, @Nullable BigDecimal newPrice, @Nullable BigDecimal newCallbackRatio, @Nullable BigDecimal newTriggerPrice, @Nullable FuturesTriggerType newTriggerType, @Nullable BigDecimal newStopSurplusTriggerPrice, @Nullable BigDecimal newStopSurplusExecutePrice, @Nullable FuturesTpslTriggerType newStopSurplusTriggerType, @Nullable BigDecimal newStopLossTriggerPrice, @Nullable BigDecimal newStopLossExecutePrice, @Nullable FuturesTpslTriggerType newStopLossTriggerType) {
        this(planType, orderId, clientOid, symbol, productType, newSize, newPrice, newCallbackRatio, newTriggerPrice, newTriggerType, newStopSurplusTriggerPrice, newStopSurplusExecutePrice, newStopSurplusTriggerType, newStopLossTriggerPrice, newStopLossExecutePrice, newStopLossTriggerType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesModifyPlanOrderRequest withExtraParam(String name, Object value) {
        return new FuturesModifyPlanOrderRequest(planType, orderId, clientOid, symbol, productType, newSize, newPrice, newCallbackRatio, newTriggerPrice, newTriggerType, newStopSurplusTriggerPrice, newStopSurplusExecutePrice, newStopSurplusTriggerType, newStopLossTriggerPrice, newStopLossExecutePrice, newStopLossTriggerType, Require.withExtra(extraParams, name, value));
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
        private @Nullable FuturesPlanOrderType planType;
        private @Nullable String orderId;
        private @Nullable String clientOid;
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable BigDecimal newSize;
        private @Nullable BigDecimal newPrice;
        private @Nullable BigDecimal newCallbackRatio;
        private @Nullable BigDecimal newTriggerPrice;
        private @Nullable FuturesTriggerType newTriggerType;
        private @Nullable BigDecimal newStopSurplusTriggerPrice;
        private @Nullable BigDecimal newStopSurplusExecutePrice;
        private @Nullable FuturesTpslTriggerType newStopSurplusTriggerType;
        private @Nullable BigDecimal newStopLossTriggerPrice;
        private @Nullable BigDecimal newStopLossExecutePrice;
        private @Nullable FuturesTpslTriggerType newStopLossTriggerType;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code planType}: plan type, one of {@code normal_plan}, {@code track_plan} (required, sent as {@code planType}). Checked by {@link #build()}.
         *
         * @param planType the value
         * @return this builder
         */
        public Builder planType(FuturesPlanOrderType planType) {
            this.planType = planType;
            return this;
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
         * Sets {@code newCallbackRatio}: new callback ratio, decimal (optional, greater than 0, sent as {@code newCallbackRatio}). Checked by {@link #build()}.
         *
         * @param newCallbackRatio the value, or null to leave it unset
         * @return this builder
         */
        public Builder newCallbackRatio(@Nullable BigDecimal newCallbackRatio) {
            this.newCallbackRatio = newCallbackRatio;
            return this;
        }

        /**
         * Sets {@code newTriggerPrice}: new trigger price, decimal (optional, greater than 0, sent as {@code newTriggerPrice}). Checked by {@link #build()}.
         *
         * @param newTriggerPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder newTriggerPrice(@Nullable BigDecimal newTriggerPrice) {
            this.newTriggerPrice = newTriggerPrice;
            return this;
        }

        /**
         * Sets {@code newTriggerType}: new trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code newTriggerType}). Checked by {@link #build()}.
         *
         * @param newTriggerType the value, or null to leave it unset
         * @return this builder
         */
        public Builder newTriggerType(@Nullable FuturesTriggerType newTriggerType) {
            this.newTriggerType = newTriggerType;
            return this;
        }

        /**
         * Sets {@code newStopSurplusTriggerPrice}: new stop surplus trigger price, decimal (optional, greater than 0, sent as {@code newStopSurplusTriggerPrice}). Checked by {@link #build()}.
         *
         * @param newStopSurplusTriggerPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder newStopSurplusTriggerPrice(@Nullable BigDecimal newStopSurplusTriggerPrice) {
            this.newStopSurplusTriggerPrice = newStopSurplusTriggerPrice;
            return this;
        }

        /**
         * Sets {@code newStopSurplusExecutePrice}: new stop surplus execute price, decimal (optional, 0 or more, sent as {@code newStopSurplusExecutePrice}). Checked by {@link #build()}.
         *
         * @param newStopSurplusExecutePrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder newStopSurplusExecutePrice(@Nullable BigDecimal newStopSurplusExecutePrice) {
            this.newStopSurplusExecutePrice = newStopSurplusExecutePrice;
            return this;
        }

        /**
         * Sets {@code newStopSurplusTriggerType}: new stop surplus trigger type, one of {@code fill_price}, {@code mark_price}, {@code index_price} (optional, sent as {@code newStopSurplusTriggerType}). Checked by {@link #build()}.
         *
         * @param newStopSurplusTriggerType the value, or null to leave it unset
         * @return this builder
         */
        public Builder newStopSurplusTriggerType(@Nullable FuturesTpslTriggerType newStopSurplusTriggerType) {
            this.newStopSurplusTriggerType = newStopSurplusTriggerType;
            return this;
        }

        /**
         * Sets {@code newStopLossTriggerPrice}: new stop loss trigger price, decimal (optional, greater than 0, sent as {@code newStopLossTriggerPrice}). Checked by {@link #build()}.
         *
         * @param newStopLossTriggerPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder newStopLossTriggerPrice(@Nullable BigDecimal newStopLossTriggerPrice) {
            this.newStopLossTriggerPrice = newStopLossTriggerPrice;
            return this;
        }

        /**
         * Sets {@code newStopLossExecutePrice}: new stop loss execute price, decimal (optional, 0 or more, sent as {@code newStopLossExecutePrice}). Checked by {@link #build()}.
         *
         * @param newStopLossExecutePrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder newStopLossExecutePrice(@Nullable BigDecimal newStopLossExecutePrice) {
            this.newStopLossExecutePrice = newStopLossExecutePrice;
            return this;
        }

        /**
         * Sets {@code newStopLossTriggerType}: new stop loss trigger type, one of {@code fill_price}, {@code mark_price}, {@code index_price} (optional, sent as {@code newStopLossTriggerType}). Checked by {@link #build()}.
         *
         * @param newStopLossTriggerType the value, or null to leave it unset
         * @return this builder
         */
        public Builder newStopLossTriggerType(@Nullable FuturesTpslTriggerType newStopLossTriggerType) {
            this.newStopLossTriggerType = newStopLossTriggerType;
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
        public FuturesModifyPlanOrderRequest build() {
            return new FuturesModifyPlanOrderRequest(planType, orderId, clientOid, symbol, productType, newSize, newPrice, newCallbackRatio, newTriggerPrice, newTriggerType, newStopSurplusTriggerPrice, newStopSurplusExecutePrice, newStopSurplusTriggerType, newStopLossTriggerPrice, newStopLossExecutePrice, newStopLossTriggerType, extraParams);
        }
    }
}
