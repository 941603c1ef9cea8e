// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new V3 strategy order; look it up by clientOid before resending an uncertain submit. Build it with {@link #builder()}.
 *
 * @param category the product line (take-profit/stop-loss: a futures category) (required, sent as {@code category})
 * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
 * @param clientOid your own id; Bitget treats a repeat within about six hours as the same order (optional, sent as {@code clientOid})
 * @param type tpsl (Bitget's default) or trigger (optional, sent as {@code type})
 * @param tpslMode full (Bitget's default) or partial (optional, sent as {@code tpslMode})
 * @param qty quantity in the base coin; required for partial and trigger orders (optional, greater than 0, sent as {@code qty})
 * @param side trigger orders: buy or sell (optional, sent as {@code side})
 * @param posSide the position the order applies to; Bitget requires it for take-profit/stop-loss (optional, sent as {@code posSide})
 * @param reduceOnly whether the order may only reduce a position (optional, sent as {@code reduceOnly})
 * @param tpTriggerBy price that triggers the take-profit (Bitget's default market) (optional, sent as {@code tpTriggerBy})
 * @param slTriggerBy price that triggers the stop-loss (Bitget's default market) (optional, sent as {@code slTriggerBy})
 * @param takeProfit take-profit trigger price (optional, greater than 0, sent as {@code takeProfit})
 * @param stopLoss stop-loss trigger price (optional, greater than 0, sent as {@code stopLoss})
 * @param tpOrderType order type placed when the take-profit triggers (Bitget's default market) (optional, sent as {@code tpOrderType})
 * @param slOrderType order type placed when the stop-loss triggers (Bitget's default market) (optional, sent as {@code slOrderType})
 * @param tpLimitPrice limit price of the take-profit order (optional, greater than 0, sent as {@code tpLimitPrice})
 * @param slLimitPrice limit price of the stop-loss order (optional, greater than 0, sent as {@code slLimitPrice})
 * @param triggerBy trigger orders: the price watched (optional, sent as {@code triggerBy})
 * @param triggerPrice trigger orders: the trigger price (optional, greater than 0, sent as {@code triggerPrice})
 * @param triggerOrderType trigger orders: order type placed when triggered (optional, sent as {@code triggerOrderType})
 * @param triggerOrderPrice trigger orders: limit price of that order (optional, greater than 0, sent as {@code triggerOrderPrice})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStrategyOrderRequest(
        Category category,
        String symbol,
        @Nullable String clientOid,
        @Nullable UtaStrategyType type,
        @Nullable UtaTpslMode tpslMode,
        @Nullable BigDecimal qty,
        @Nullable Side side,
        @Nullable PositionSide posSide,
        @Nullable ReduceOnly reduceOnly,
        @Nullable TriggerBy tpTriggerBy,
        @Nullable TriggerBy slTriggerBy,
        @Nullable BigDecimal takeProfit,
        @Nullable BigDecimal stopLoss,
        @Nullable OrderType tpOrderType,
        @Nullable OrderType slOrderType,
        @Nullable BigDecimal tpLimitPrice,
        @Nullable BigDecimal slLimitPrice,
        @Nullable TriggerBy triggerBy,
        @Nullable BigDecimal triggerPrice,
        @Nullable OrderType triggerOrderType,
        @Nullable BigDecimal triggerOrderPrice,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "clientOid", "type", "tpslMode", "qty", "side", "posSide", "reduceOnly", "tpTriggerBy", "slTriggerBy", "takeProfit", "stopLoss", "tpOrderType", "slOrderType", "tpLimitPrice", "slLimitPrice", "triggerBy", "triggerPrice", "triggerOrderType", "triggerOrderPrice");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStrategyOrderRequest {
        Require.known(category, "category");
        Require.text(symbol, "symbol");
        Require.knownIfPresent(type, "type");
        Require.knownIfPresent(tpslMode, "tpslMode");
        Require.positiveIfPresent(qty, "qty");
        Require.knownIfPresent(side, "side");
        Require.knownIfPresent(posSide, "posSide");
        Require.knownIfPresent(reduceOnly, "reduceOnly");
        Require.knownIfPresent(tpTriggerBy, "tpTriggerBy");
        Require.knownIfPresent(slTriggerBy, "slTriggerBy");
        Require.positiveIfPresent(takeProfit, "takeProfit");
        Require.positiveIfPresent(stopLoss, "stopLoss");
        Require.knownIfPresent(tpOrderType, "tpOrderType");
        Require.knownIfPresent(slOrderType, "slOrderType");
        Require.positiveIfPresent(tpLimitPrice, "tpLimitPrice");
        Require.positiveIfPresent(slLimitPrice, "slLimitPrice");
        Require.knownIfPresent(triggerBy, "triggerBy");
        Require.positiveIfPresent(triggerPrice, "triggerPrice");
        Require.knownIfPresent(triggerOrderType, "triggerOrderType");
        Require.positiveIfPresent(triggerOrderPrice, "triggerOrderPrice");
        Require.requiredWhen(tpslMode == UtaTpslMode.PARTIAL, qty, "qty is required when tpslMode is partial");
        Require.requiredWhen(type == UtaStrategyType.TRIGGER, qty, "qty is required when type is trigger");
        Require.requiredWhen(type == UtaStrategyType.TRIGGER, triggerPrice, "triggerPrice is required when type is trigger");
        Require.requiredWhen(tpOrderType == OrderType.LIMIT, tpLimitPrice, "tpLimitPrice is required when tpOrderType is limit");
        Require.requiredWhen(slOrderType == OrderType.LIMIT, slLimitPrice, "slLimitPrice is required when slOrderType is limit");
        Require.requiredWhen(triggerOrderType == OrderType.LIMIT, triggerOrderPrice, "triggerOrderPrice is required when triggerOrderType is limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category the product line (take-profit/stop-loss: a futures category) (required, sent as {@code category})
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param clientOid your own id; Bitget treats a repeat within about six hours as the same order (optional, sent as {@code clientOid})
     * @param type tpsl (Bitget's default) or trigger (optional, sent as {@code type})
     * @param tpslMode full (Bitget's default) or partial (optional, sent as {@code tpslMode})
     * @param qty quantity in the base coin; required for partial and trigger orders (optional, greater than 0, sent as {@code qty})
     * @param side trigger orders: buy or sell (optional, sent as {@code side})
     * @param posSide the position the order applies to; Bitget requires it for take-profit/stop-loss (optional, sent as {@code posSide})
     * @param reduceOnly whether the order may only reduce a position (optional, sent as {@code reduceOnly})
     * @param tpTriggerBy price that triggers the take-profit (Bitget's default market) (optional, sent as {@code tpTriggerBy})
     * @param slTriggerBy price that triggers the stop-loss (Bitget's default market) (optional, sent as {@code slTriggerBy})
     * @param takeProfit take-profit trigger price (optional, greater than 0, sent as {@code takeProfit})
     * @param stopLoss stop-loss trigger price (optional, greater than 0, sent as {@code stopLoss})
     * @param tpOrderType order type placed when the take-profit triggers (Bitget's default market) (optional, sent as {@code tpOrderType})
     * @param slOrderType order type placed when the stop-loss triggers (Bitget's default market) (optional, sent as {@code slOrderType})
     * @param tpLimitPrice limit price of the take-profit order (optional, greater than 0, sent as {@code tpLimitPrice})
     * @param slLimitPrice limit price of the stop-loss order (optional, greater than 0, sent as {@code slLimitPrice})
     * @param triggerBy trigger orders: the price watched (optional, sent as {@code triggerBy})
     * @param triggerPrice trigger orders: the trigger price (optional, greater than 0, sent as {@code triggerPrice})
     * @param triggerOrderType trigger orders: order type placed when triggered (optional, sent as {@code triggerOrderType})
     * @param triggerOrderPrice trigger orders: limit price of that order (optional, greater than 0, sent as {@code triggerOrderPrice})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStrategyOrderRequest(Category category, String symbol, @Nullable String clientOid, @Nullable UtaStrategyType type, @Nullable UtaTpslMode tpslMode, @Nullable BigDecimal qty, @Nullable Side side, @Nullable PositionSide posSide, @Nullable ReduceOnly reduceOnly, @Nullable TriggerBy tpTriggerBy, @Nullable TriggerBy slTriggerBy, @Nullable BigDecimal takeProfit, @Nullable BigDecimal stopLoss, @Nullable OrderType tpOrderType, @Nullable OrderType slOrderType, @Nullable BigDecimal tpLimitPrice, @Nullable BigDecimal slLimitPrice, @Nullable TriggerBy triggerBy, @Nullable BigDecimal triggerPrice, @Nullable OrderType triggerOrderType, @Nullable BigDecimal triggerOrderPrice) {
        this(category, symbol, clientOid, type, tpslMode, qty, side, posSide, reduceOnly, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, triggerBy, triggerPrice, triggerOrderType, triggerOrderPrice, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaStrategyOrderRequest withExtraParam(String name, Object value) {
        return new UtaStrategyOrderRequest(category, symbol, clientOid, type, tpslMode, qty, side, posSide, reduceOnly, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, triggerBy, triggerPrice, triggerOrderType, triggerOrderPrice, Require.withExtra(extraParams, name, value));
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
        private @Nullable Category category;
        private @Nullable String symbol;
        private @Nullable String clientOid;
        private @Nullable UtaStrategyType type;
        private @Nullable UtaTpslMode tpslMode;
        private @Nullable BigDecimal qty;
        private @Nullable Side side;
        private @Nullable PositionSide posSide;
        private @Nullable ReduceOnly reduceOnly;
        private @Nullable TriggerBy tpTriggerBy;
        private @Nullable TriggerBy slTriggerBy;
        private @Nullable BigDecimal takeProfit;
        private @Nullable BigDecimal stopLoss;
        private @Nullable OrderType tpOrderType;
        private @Nullable OrderType slOrderType;
        private @Nullable BigDecimal tpLimitPrice;
        private @Nullable BigDecimal slLimitPrice;
        private @Nullable TriggerBy triggerBy;
        private @Nullable BigDecimal triggerPrice;
        private @Nullable OrderType triggerOrderType;
        private @Nullable BigDecimal triggerOrderPrice;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code category}: the product line (take-profit/stop-loss: a futures category) (required, sent as {@code category}). Checked by {@link #build()}.
         *
         * @param category the value
         * @return this builder
         */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /**
         * Sets {@code symbol}: e.g. BTCUSDT (required, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value
         * @return this builder
         */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code clientOid}: your own id; Bitget treats a repeat within about six hours as the same order (optional, sent as {@code clientOid}). Checked by {@link #build()}.
         *
         * @param clientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /**
         * Sets {@code type}: tpsl (Bitget's default) or trigger (optional, sent as {@code type}). Checked by {@link #build()}.
         *
         * @param type the value, or null to leave it unset
         * @return this builder
         */
        public Builder type(@Nullable UtaStrategyType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets {@code tpslMode}: full (Bitget's default) or partial (optional, sent as {@code tpslMode}). Checked by {@link #build()}.
         *
         * @param tpslMode the value, or null to leave it unset
         * @return this builder
         */
        public Builder tpslMode(@Nullable UtaTpslMode tpslMode) {
            this.tpslMode = tpslMode;
            return this;
        }

        /**
         * Sets {@code qty}: quantity in the base coin; required for partial and trigger orders (optional, greater than 0, sent as {@code qty}). Checked by {@link #build()}.
         *
         * @param qty the value, or null to leave it unset
         * @return this builder
         */
        public Builder qty(@Nullable BigDecimal qty) {
            this.qty = qty;
            return this;
        }

        /**
         * Sets {@code side}: trigger orders: buy or sell (optional, sent as {@code side}). Checked by {@link #build()}.
         *
         * @param side the value, or null to leave it unset
         * @return this builder
         */
        public Builder side(@Nullable Side side) {
            this.side = side;
            return this;
        }

        /**
         * Sets {@code posSide}: the position the order applies to; Bitget requires it for take-profit/stop-loss (optional, sent as {@code posSide}). Checked by {@link #build()}.
         *
         * @param posSide the value, or null to leave it unset
         * @return this builder
         */
        public Builder posSide(@Nullable PositionSide posSide) {
            this.posSide = posSide;
            return this;
        }

        /**
         * Sets {@code reduceOnly}: whether the order may only reduce a position (optional, sent as {@code reduceOnly}). Checked by {@link #build()}.
         *
         * @param reduceOnly the value, or null to leave it unset
         * @return this builder
         */
        public Builder reduceOnly(@Nullable ReduceOnly reduceOnly) {
            this.reduceOnly = reduceOnly;
            return this;
        }

        /**
         * Sets {@code tpTriggerBy}: price that triggers the take-profit (Bitget's default market) (optional, sent as {@code tpTriggerBy}). Checked by {@link #build()}.
         *
         * @param tpTriggerBy the value, or null to leave it unset
         * @return this builder
         */
        public Builder tpTriggerBy(@Nullable TriggerBy tpTriggerBy) {
            this.tpTriggerBy = tpTriggerBy;
            return this;
        }

        /**
         * Sets {@code slTriggerBy}: price that triggers the stop-loss (Bitget's default market) (optional, sent as {@code slTriggerBy}). Checked by {@link #build()}.
         *
         * @param slTriggerBy the value, or null to leave it unset
         * @return this builder
         */
        public Builder slTriggerBy(@Nullable TriggerBy slTriggerBy) {
            this.slTriggerBy = slTriggerBy;
            return this;
        }

        /**
         * Sets {@code takeProfit}: take-profit trigger price (optional, greater than 0, sent as {@code takeProfit}). Checked by {@link #build()}.
         *
         * @param takeProfit the value, or null to leave it unset
         * @return this builder
         */
        public Builder takeProfit(@Nullable BigDecimal takeProfit) {
            this.takeProfit = takeProfit;
            return this;
        }

        /**
         * Sets {@code stopLoss}: stop-loss trigger price (optional, greater than 0, sent as {@code stopLoss}). Checked by {@link #build()}.
         *
         * @param stopLoss the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopLoss(@Nullable BigDecimal stopLoss) {
            this.stopLoss = stopLoss;
            return this;
        }

        /**
         * Sets {@code tpOrderType}: order type placed when the take-profit triggers (Bitget's default market) (optional, sent as {@code tpOrderType}). Checked by {@link #build()}.
         *
         * @param tpOrderType the value, or null to leave it unset
         * @return this builder
         */
        public Builder tpOrderType(@Nullable OrderType tpOrderType) {
            this.tpOrderType = tpOrderType;
            return this;
        }

        /**
         * Sets {@code slOrderType}: order type placed when the stop-loss triggers (Bitget's default market) (optional, sent as {@code slOrderType}). Checked by {@link #build()}.
         *
         * @param slOrderType the value, or null to leave it unset
         * @return this builder
         */
        public Builder slOrderType(@Nullable OrderType slOrderType) {
            this.slOrderType = slOrderType;
            return this;
        }

        /**
         * Sets {@code tpLimitPrice}: limit price of the take-profit order (optional, greater than 0, sent as {@code tpLimitPrice}). Checked by {@link #build()}.
         *
         * @param tpLimitPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder tpLimitPrice(@Nullable BigDecimal tpLimitPrice) {
            this.tpLimitPrice = tpLimitPrice;
            return this;
        }

        /**
         * Sets {@code slLimitPrice}: limit price of the stop-loss order (optional, greater than 0, sent as {@code slLimitPrice}). Checked by {@link #build()}.
         *
         * @param slLimitPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder slLimitPrice(@Nullable BigDecimal slLimitPrice) {
            this.slLimitPrice = slLimitPrice;
            return this;
        }

        /**
         * Sets {@code triggerBy}: trigger orders: the price watched (optional, sent as {@code triggerBy}). Checked by {@link #build()}.
         *
         * @param triggerBy the value, or null to leave it unset
         * @return this builder
         */
        public Builder triggerBy(@Nullable TriggerBy triggerBy) {
            this.triggerBy = triggerBy;
            return this;
        }

        /**
         * Sets {@code triggerPrice}: trigger orders: the trigger price (optional, greater than 0, sent as {@code triggerPrice}). Checked by {@link #build()}.
         *
         * @param triggerPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder triggerPrice(@Nullable BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /**
         * Sets {@code triggerOrderType}: trigger orders: order type placed when triggered (optional, sent as {@code triggerOrderType}). Checked by {@link #build()}.
         *
         * @param triggerOrderType the value, or null to leave it unset
         * @return this builder
         */
        public Builder triggerOrderType(@Nullable OrderType triggerOrderType) {
            this.triggerOrderType = triggerOrderType;
            return this;
        }

        /**
         * Sets {@code triggerOrderPrice}: trigger orders: limit price of that order (optional, greater than 0, sent as {@code triggerOrderPrice}). Checked by {@link #build()}.
         *
         * @param triggerOrderPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder triggerOrderPrice(@Nullable BigDecimal triggerOrderPrice) {
            this.triggerOrderPrice = triggerOrderPrice;
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
        public UtaStrategyOrderRequest build() {
            return new UtaStrategyOrderRequest(category, symbol, clientOid, type, tpslMode, qty, side, posSide, reduceOnly, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, triggerBy, triggerPrice, triggerOrderType, triggerOrderPrice, extraParams);
        }
    }
}
