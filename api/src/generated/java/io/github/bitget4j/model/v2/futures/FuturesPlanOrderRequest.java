// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.StpMode;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param planType plan type, one of {@code normal_plan}, {@code track_plan} (required, sent as {@code planType})
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
 * @param marginMode margin mode, one of {@code crossed}, {@code isolated} (required, sent as {@code marginMode})
 * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
 * @param size size, decimal (required, greater than 0, sent as {@code size})
 * @param price order price once triggered; required for a limit order (optional, greater than 0, sent as {@code price})
 * @param callbackRatio trailing percentage, track_plan only (optional, greater than 0, sent as {@code callbackRatio})
 * @param triggerPrice trigger price, decimal (required, greater than 0, sent as {@code triggerPrice})
 * @param triggerType trigger type, one of {@code fill_price}, {@code mark_price} (required, sent as {@code triggerType})
 * @param side side, one of {@code buy}, {@code sell} (required, sent as {@code side})
 * @param tradeSide hedge mode only (optional, sent as {@code tradeSide})
 * @param orderType order type, one of {@code limit}, {@code market} (required, sent as {@code orderType})
 * @param clientOid your own order ID (optional, sent as {@code clientOid})
 * @param reduceOnly one-way mode only (optional, sent as {@code reduceOnly})
 * @param stopSurplusTriggerPrice stop surplus trigger price, decimal (optional, greater than 0, sent as {@code stopSurplusTriggerPrice})
 * @param stopSurplusExecutePrice stop surplus execute price, decimal (optional, 0 or more, sent as {@code stopSurplusExecutePrice})
 * @param stopSurplusTriggerType stop surplus trigger type, one of {@code fill_price}, {@code mark_price}, {@code index_price} (optional, sent as {@code stopSurplusTriggerType})
 * @param stopLossTriggerPrice stop loss trigger price, decimal (optional, greater than 0, sent as {@code stopLossTriggerPrice})
 * @param stopLossExecutePrice stop loss execute price, decimal (optional, 0 or more, sent as {@code stopLossExecutePrice})
 * @param stopLossTriggerType stop loss trigger type, one of {@code fill_price}, {@code mark_price}, {@code index_price} (optional, sent as {@code stopLossTriggerType})
 * @param stpMode stp mode, one of {@code none}, {@code cancel_taker}, {@code cancel_maker}, {@code cancel_both} (optional, sent as {@code stpMode})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesPlanOrderRequest(
        FuturesPlanOrderType planType,
        String symbol,
        ProductType productType,
        MarginMode marginMode,
        String marginCoin,
        BigDecimal size,
        @Nullable BigDecimal price,
        @Nullable BigDecimal callbackRatio,
        BigDecimal triggerPrice,
        FuturesTriggerType triggerType,
        Side side,
        @Nullable FuturesTradeSide tradeSide,
        OrderType orderType,
        @Nullable String clientOid,
        @Nullable FuturesReduceOnly reduceOnly,
        @Nullable BigDecimal stopSurplusTriggerPrice,
        @Nullable BigDecimal stopSurplusExecutePrice,
        @Nullable FuturesTpslTriggerType stopSurplusTriggerType,
        @Nullable BigDecimal stopLossTriggerPrice,
        @Nullable BigDecimal stopLossExecutePrice,
        @Nullable FuturesTpslTriggerType stopLossTriggerType,
        @Nullable StpMode stpMode,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("planType", "symbol", "productType", "marginMode", "marginCoin", "size", "price", "callbackRatio", "triggerPrice", "triggerType", "side", "tradeSide", "orderType", "clientOid", "reduceOnly", "stopSurplusTriggerPrice", "stopSurplusExecutePrice", "stopSurplusTriggerType", "stopLossTriggerPrice", "stopLossExecutePrice", "stopLossTriggerType", "stpMode");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesPlanOrderRequest {
        Require.known(planType, "planType");
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.known(marginMode, "marginMode");
        Require.text(marginCoin, "marginCoin");
        Require.present(size, "size");
        Require.positiveIfPresent(size, "size");
        Require.positiveIfPresent(price, "price");
        Require.positiveIfPresent(callbackRatio, "callbackRatio");
        Require.present(triggerPrice, "triggerPrice");
        Require.positiveIfPresent(triggerPrice, "triggerPrice");
        Require.known(triggerType, "triggerType");
        Require.known(side, "side");
        Require.knownIfPresent(tradeSide, "tradeSide");
        Require.known(orderType, "orderType");
        Require.knownIfPresent(reduceOnly, "reduceOnly");
        Require.positiveIfPresent(stopSurplusTriggerPrice, "stopSurplusTriggerPrice");
        Require.atLeast(stopSurplusExecutePrice, "stopSurplusExecutePrice", "0");
        Require.knownIfPresent(stopSurplusTriggerType, "stopSurplusTriggerType");
        Require.positiveIfPresent(stopLossTriggerPrice, "stopLossTriggerPrice");
        Require.atLeast(stopLossExecutePrice, "stopLossExecutePrice", "0");
        Require.knownIfPresent(stopLossTriggerType, "stopLossTriggerType");
        Require.knownIfPresent(stpMode, "stpMode");
        Require.requiredWhen(orderType == OrderType.LIMIT, price, "price is required when orderType is limit");
        Require.requiredWhen(planType == FuturesPlanOrderType.TRACK_PLAN, callbackRatio, "callbackRatio is required when planType is track_plan");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param planType plan type, one of {@code normal_plan}, {@code track_plan} (required, sent as {@code planType})
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param marginMode margin mode, one of {@code crossed}, {@code isolated} (required, sent as {@code marginMode})
     * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
     * @param size size, decimal (required, greater than 0, sent as {@code size})
     * @param price order price once triggered; required for a limit order (optional, greater than 0, sent as {@code price})
     * @param callbackRatio trailing percentage, track_plan only (optional, greater than 0, sent as {@code callbackRatio})
     * @param triggerPrice trigger price, decimal (required, greater than 0, sent as {@code triggerPrice})
     * @param triggerType trigger type, one of {@code fill_price}, {@code mark_price} (required, sent as {@code triggerType})
     * @param side side, one of {@code buy}, {@code sell} (required, sent as {@code side})
     * @param tradeSide hedge mode only (optional, sent as {@code tradeSide})
     * @param orderType order type, one of {@code limit}, {@code market} (required, sent as {@code orderType})
     * @param clientOid your own order ID (optional, sent as {@code clientOid})
     * @param reduceOnly one-way mode only (optional, sent as {@code reduceOnly})
     * @param stopSurplusTriggerPrice stop surplus trigger price, decimal (optional, greater than 0, sent as {@code stopSurplusTriggerPrice})
     * @param stopSurplusExecutePrice stop surplus execute price, decimal (optional, 0 or more, sent as {@code stopSurplusExecutePrice})
     * @param stopSurplusTriggerType stop surplus trigger type, one of {@code fill_price}, {@code mark_price}, {@code index_price} (optional, sent as {@code stopSurplusTriggerType})
     * @param stopLossTriggerPrice stop loss trigger price, decimal (optional, greater than 0, sent as {@code stopLossTriggerPrice})
     * @param stopLossExecutePrice stop loss execute price, decimal (optional, 0 or more, sent as {@code stopLossExecutePrice})
     * @param stopLossTriggerType stop loss trigger type, one of {@code fill_price}, {@code mark_price}, {@code index_price} (optional, sent as {@code stopLossTriggerType})
     * @param stpMode stp mode, one of {@code none}, {@code cancel_taker}, {@code cancel_maker}, {@code cancel_both} (optional, sent as {@code stpMode})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesPlanOrderRequest(FuturesPlanOrderType planType, String symbol, ProductType productType, MarginMode marginMode, String marginCoin, BigDecimal size, @Nullable BigDecimal price, @Nullable BigDecimal callbackRatio, BigDecimal triggerPrice, FuturesTriggerType triggerType, Side side, @Nullable FuturesTradeSide tradeSide, OrderType orderType, @Nullable String clientOid, @Nullable FuturesReduceOnly reduceOnly, @Nullable BigDecimal stopSurplusTriggerPrice, @Nullable BigDecimal stopSurplusExecutePrice, @Nullable FuturesTpslTriggerType stopSurplusTriggerType, @Nullable BigDecimal stopLossTriggerPrice, @Nullable BigDecimal stopLossExecutePrice, @Nullable FuturesTpslTriggerType stopLossTriggerType, @Nullable StpMode stpMode) {
        this(planType, symbol, productType, marginMode, marginCoin, size, price, callbackRatio, triggerPrice, triggerType, side, tradeSide, orderType, clientOid, reduceOnly, stopSurplusTriggerPrice, stopSurplusExecutePrice, stopSurplusTriggerType, stopLossTriggerPrice, stopLossExecutePrice, stopLossTriggerType, stpMode, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesPlanOrderRequest withExtraParam(String name, Object value) {
        return new FuturesPlanOrderRequest(planType, symbol, productType, marginMode, marginCoin, size, price, callbackRatio, triggerPrice, triggerType, side, tradeSide, orderType, clientOid, reduceOnly, stopSurplusTriggerPrice, stopSurplusExecutePrice, stopSurplusTriggerType, stopLossTriggerPrice, stopLossExecutePrice, stopLossTriggerType, stpMode, Require.withExtra(extraParams, name, value));
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
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable MarginMode marginMode;
        private @Nullable String marginCoin;
        private @Nullable BigDecimal size;
        private @Nullable BigDecimal price;
        private @Nullable BigDecimal callbackRatio;
        private @Nullable BigDecimal triggerPrice;
        private @Nullable FuturesTriggerType triggerType;
        private @Nullable Side side;
        private @Nullable FuturesTradeSide tradeSide;
        private @Nullable OrderType orderType;
        private @Nullable String clientOid;
        private @Nullable FuturesReduceOnly reduceOnly;
        private @Nullable BigDecimal stopSurplusTriggerPrice;
        private @Nullable BigDecimal stopSurplusExecutePrice;
        private @Nullable FuturesTpslTriggerType stopSurplusTriggerType;
        private @Nullable BigDecimal stopLossTriggerPrice;
        private @Nullable BigDecimal stopLossExecutePrice;
        private @Nullable FuturesTpslTriggerType stopLossTriggerType;
        private @Nullable StpMode stpMode;
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
         * Sets {@code marginMode}: margin mode, one of {@code crossed}, {@code isolated} (required, sent as {@code marginMode}). Checked by {@link #build()}.
         *
         * @param marginMode the value
         * @return this builder
         */
        public Builder marginMode(MarginMode marginMode) {
            this.marginMode = marginMode;
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
         * Sets {@code size}: size, decimal (required, greater than 0, sent as {@code size}). Checked by {@link #build()}.
         *
         * @param size the value
         * @return this builder
         */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /**
         * Sets {@code price}: order price once triggered; required for a limit order (optional, greater than 0, sent as {@code price}). Checked by {@link #build()}.
         *
         * @param price the value, or null to leave it unset
         * @return this builder
         */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /**
         * Sets {@code callbackRatio}: trailing percentage, track_plan only (optional, greater than 0, sent as {@code callbackRatio}). Checked by {@link #build()}.
         *
         * @param callbackRatio the value, or null to leave it unset
         * @return this builder
         */
        public Builder callbackRatio(@Nullable BigDecimal callbackRatio) {
            this.callbackRatio = callbackRatio;
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
         * Sets {@code triggerType}: trigger type, one of {@code fill_price}, {@code mark_price} (required, sent as {@code triggerType}). Checked by {@link #build()}.
         *
         * @param triggerType the value
         * @return this builder
         */
        public Builder triggerType(FuturesTriggerType triggerType) {
            this.triggerType = triggerType;
            return this;
        }

        /**
         * Sets {@code side}: side, one of {@code buy}, {@code sell} (required, sent as {@code side}). Checked by {@link #build()}.
         *
         * @param side the value
         * @return this builder
         */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /**
         * Sets {@code tradeSide}: hedge mode only (optional, sent as {@code tradeSide}). Checked by {@link #build()}.
         *
         * @param tradeSide the value, or null to leave it unset
         * @return this builder
         */
        public Builder tradeSide(@Nullable FuturesTradeSide tradeSide) {
            this.tradeSide = tradeSide;
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
         * Sets {@code reduceOnly}: one-way mode only (optional, sent as {@code reduceOnly}). Checked by {@link #build()}.
         *
         * @param reduceOnly the value, or null to leave it unset
         * @return this builder
         */
        public Builder reduceOnly(@Nullable FuturesReduceOnly reduceOnly) {
            this.reduceOnly = reduceOnly;
            return this;
        }

        /**
         * Sets {@code stopSurplusTriggerPrice}: stop surplus trigger price, decimal (optional, greater than 0, sent as {@code stopSurplusTriggerPrice}). Checked by {@link #build()}.
         *
         * @param stopSurplusTriggerPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopSurplusTriggerPrice(@Nullable BigDecimal stopSurplusTriggerPrice) {
            this.stopSurplusTriggerPrice = stopSurplusTriggerPrice;
            return this;
        }

        /**
         * Sets {@code stopSurplusExecutePrice}: stop surplus execute price, decimal (optional, 0 or more, sent as {@code stopSurplusExecutePrice}). Checked by {@link #build()}.
         *
         * @param stopSurplusExecutePrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopSurplusExecutePrice(@Nullable BigDecimal stopSurplusExecutePrice) {
            this.stopSurplusExecutePrice = stopSurplusExecutePrice;
            return this;
        }

        /**
         * Sets {@code stopSurplusTriggerType}: stop surplus trigger type, one of {@code fill_price}, {@code mark_price}, {@code index_price} (optional, sent as {@code stopSurplusTriggerType}). Checked by {@link #build()}.
         *
         * @param stopSurplusTriggerType the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopSurplusTriggerType(@Nullable FuturesTpslTriggerType stopSurplusTriggerType) {
            this.stopSurplusTriggerType = stopSurplusTriggerType;
            return this;
        }

        /**
         * Sets {@code stopLossTriggerPrice}: stop loss trigger price, decimal (optional, greater than 0, sent as {@code stopLossTriggerPrice}). Checked by {@link #build()}.
         *
         * @param stopLossTriggerPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopLossTriggerPrice(@Nullable BigDecimal stopLossTriggerPrice) {
            this.stopLossTriggerPrice = stopLossTriggerPrice;
            return this;
        }

        /**
         * Sets {@code stopLossExecutePrice}: stop loss execute price, decimal (optional, 0 or more, sent as {@code stopLossExecutePrice}). Checked by {@link #build()}.
         *
         * @param stopLossExecutePrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopLossExecutePrice(@Nullable BigDecimal stopLossExecutePrice) {
            this.stopLossExecutePrice = stopLossExecutePrice;
            return this;
        }

        /**
         * Sets {@code stopLossTriggerType}: stop loss trigger type, one of {@code fill_price}, {@code mark_price}, {@code index_price} (optional, sent as {@code stopLossTriggerType}). Checked by {@link #build()}.
         *
         * @param stopLossTriggerType the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopLossTriggerType(@Nullable FuturesTpslTriggerType stopLossTriggerType) {
            this.stopLossTriggerType = stopLossTriggerType;
            return this;
        }

        /**
         * Sets {@code stpMode}: stp mode, one of {@code none}, {@code cancel_taker}, {@code cancel_maker}, {@code cancel_both} (optional, sent as {@code stpMode}). Checked by {@link #build()}.
         *
         * @param stpMode the value, or null to leave it unset
         * @return this builder
         */
        public Builder stpMode(@Nullable StpMode stpMode) {
            this.stpMode = stpMode;
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
        public FuturesPlanOrderRequest build() {
            return new FuturesPlanOrderRequest(planType, symbol, productType, marginMode, marginCoin, size, price, callbackRatio, triggerPrice, triggerType, side, tradeSide, orderType, clientOid, reduceOnly, stopSurplusTriggerPrice, stopSurplusExecutePrice, stopSurplusTriggerType, stopLossTriggerPrice, stopLossExecutePrice, stopLossTriggerType, stpMode, extraParams);
        }
    }
}
