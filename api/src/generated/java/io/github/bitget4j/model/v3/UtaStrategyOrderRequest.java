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
 * @param category required; the product line (take-profit/stop-loss: a futures category).
 * @param symbol required; e.g. BTCUSDT.
 * @param clientOid optional; your own id; Bitget treats a repeat within about six hours as the same order.
 * @param type optional; tpsl (Bitget's default) or trigger.
 * @param tpslMode optional; full (Bitget's default) or partial.
 * @param qty optional; quantity in the base coin; required for partial and trigger orders.
 * @param side optional; trigger orders: buy or sell.
 * @param posSide optional; the position the order applies to; Bitget requires it for take-profit/stop-loss.
 * @param reduceOnly optional; whether the order may only reduce a position.
 * @param tpTriggerBy optional; price that triggers the take-profit (Bitget's default market).
 * @param slTriggerBy optional; price that triggers the stop-loss (Bitget's default market).
 * @param takeProfit optional; take-profit trigger price.
 * @param stopLoss optional; stop-loss trigger price.
 * @param tpOrderType optional; order type placed when the take-profit triggers (Bitget's default market).
 * @param slOrderType optional; order type placed when the stop-loss triggers (Bitget's default market).
 * @param tpLimitPrice optional; limit price of the take-profit order.
 * @param slLimitPrice optional; limit price of the stop-loss order.
 * @param triggerBy optional; trigger orders: the price watched.
 * @param triggerPrice optional; trigger orders: the trigger price.
 * @param triggerOrderType optional; trigger orders: order type placed when triggered.
 * @param triggerOrderPrice optional; trigger orders: limit price of that order.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
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

    /** Without extra parameters. */
    public UtaStrategyOrderRequest(Category category, String symbol, @Nullable String clientOid, @Nullable UtaStrategyType type, @Nullable UtaTpslMode tpslMode, @Nullable BigDecimal qty, @Nullable Side side, @Nullable PositionSide posSide, @Nullable ReduceOnly reduceOnly, @Nullable TriggerBy tpTriggerBy, @Nullable TriggerBy slTriggerBy, @Nullable BigDecimal takeProfit, @Nullable BigDecimal stopLoss, @Nullable OrderType tpOrderType, @Nullable OrderType slOrderType, @Nullable BigDecimal tpLimitPrice, @Nullable BigDecimal slLimitPrice, @Nullable TriggerBy triggerBy, @Nullable BigDecimal triggerPrice, @Nullable OrderType triggerOrderType, @Nullable BigDecimal triggerOrderPrice) {
        this(category, symbol, clientOid, type, tpslMode, qty, side, posSide, reduceOnly, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, triggerBy, triggerPrice, triggerOrderType, triggerOrderPrice, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaStrategyOrderRequest withExtraParam(String name, Object value) {
        return new UtaStrategyOrderRequest(category, symbol, clientOid, type, tpslMode, qty, side, posSide, reduceOnly, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, triggerBy, triggerPrice, triggerOrderType, triggerOrderPrice, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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

        /** the product line (take-profit/stop-loss: a futures category). Required. */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** e.g. BTCUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** your own id; Bitget treats a repeat within about six hours as the same order. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** tpsl (Bitget's default) or trigger. Optional. */
        public Builder type(@Nullable UtaStrategyType type) {
            this.type = type;
            return this;
        }

        /** full (Bitget's default) or partial. Optional. */
        public Builder tpslMode(@Nullable UtaTpslMode tpslMode) {
            this.tpslMode = tpslMode;
            return this;
        }

        /** quantity in the base coin; required for partial and trigger orders. Optional. */
        public Builder qty(@Nullable BigDecimal qty) {
            this.qty = qty;
            return this;
        }

        /** trigger orders: buy or sell. Optional. */
        public Builder side(@Nullable Side side) {
            this.side = side;
            return this;
        }

        /** the position the order applies to; Bitget requires it for take-profit/stop-loss. Optional. */
        public Builder posSide(@Nullable PositionSide posSide) {
            this.posSide = posSide;
            return this;
        }

        /** whether the order may only reduce a position. Optional. */
        public Builder reduceOnly(@Nullable ReduceOnly reduceOnly) {
            this.reduceOnly = reduceOnly;
            return this;
        }

        /** price that triggers the take-profit (Bitget's default market). Optional. */
        public Builder tpTriggerBy(@Nullable TriggerBy tpTriggerBy) {
            this.tpTriggerBy = tpTriggerBy;
            return this;
        }

        /** price that triggers the stop-loss (Bitget's default market). Optional. */
        public Builder slTriggerBy(@Nullable TriggerBy slTriggerBy) {
            this.slTriggerBy = slTriggerBy;
            return this;
        }

        /** take-profit trigger price. Optional. */
        public Builder takeProfit(@Nullable BigDecimal takeProfit) {
            this.takeProfit = takeProfit;
            return this;
        }

        /** stop-loss trigger price. Optional. */
        public Builder stopLoss(@Nullable BigDecimal stopLoss) {
            this.stopLoss = stopLoss;
            return this;
        }

        /** order type placed when the take-profit triggers (Bitget's default market). Optional. */
        public Builder tpOrderType(@Nullable OrderType tpOrderType) {
            this.tpOrderType = tpOrderType;
            return this;
        }

        /** order type placed when the stop-loss triggers (Bitget's default market). Optional. */
        public Builder slOrderType(@Nullable OrderType slOrderType) {
            this.slOrderType = slOrderType;
            return this;
        }

        /** limit price of the take-profit order. Optional. */
        public Builder tpLimitPrice(@Nullable BigDecimal tpLimitPrice) {
            this.tpLimitPrice = tpLimitPrice;
            return this;
        }

        /** limit price of the stop-loss order. Optional. */
        public Builder slLimitPrice(@Nullable BigDecimal slLimitPrice) {
            this.slLimitPrice = slLimitPrice;
            return this;
        }

        /** trigger orders: the price watched. Optional. */
        public Builder triggerBy(@Nullable TriggerBy triggerBy) {
            this.triggerBy = triggerBy;
            return this;
        }

        /** trigger orders: the trigger price. Optional. */
        public Builder triggerPrice(@Nullable BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /** trigger orders: order type placed when triggered. Optional. */
        public Builder triggerOrderType(@Nullable OrderType triggerOrderType) {
            this.triggerOrderType = triggerOrderType;
            return this;
        }

        /** trigger orders: limit price of that order. Optional. */
        public Builder triggerOrderPrice(@Nullable BigDecimal triggerOrderPrice) {
            this.triggerOrderPrice = triggerOrderPrice;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaStrategyOrderRequest build() {
            return new UtaStrategyOrderRequest(category, symbol, clientOid, type, tpslMode, qty, side, posSide, reduceOnly, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, triggerBy, triggerPrice, triggerOrderType, triggerOrderPrice, extraParams);
        }
    }
}
