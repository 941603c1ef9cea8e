// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.StpMode;
import io.github.bitget4j.model.TimeInForce;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new V3 order; also one element of a batch placement. Build it with {@link #builder()}.
 *
 * @param category required; the product line.
 * @param symbol required; e.g. BTCUSDT.
 * @param qty required; quantity in the base coin (for a spot market buy, the quote amount to spend).
 * @param price optional; limit price; required for limit orders.
 * @param side required; buy or sell.
 * @param orderType required; limit or market.
 * @param timeInForce optional; how long the order stays live (Bitget's default gtc).
 * @param posSide optional; futures in hedge mode: the position opened or closed.
 * @param clientOid optional; your own id for the order, unique per account.
 * @param reduceOnly optional; futures: whether the order may only reduce a position.
 * @param marginMode optional; futures: crossed (Bitget's default) or isolated.
 * @param stpMode optional; self-trade prevention.
 * @param tpTriggerBy optional; price that triggers the take-profit.
 * @param slTriggerBy optional; price that triggers the stop-loss.
 * @param takeProfit optional; take-profit trigger price.
 * @param stopLoss optional; stop-loss trigger price.
 * @param tpOrderType optional; order type placed when the take-profit triggers.
 * @param slOrderType optional; order type placed when the stop-loss triggers.
 * @param tpLimitPrice optional; limit price of the take-profit order.
 * @param slLimitPrice optional; limit price of the stop-loss order.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record PlaceOrderRequest(
        Category category,
        String symbol,
        BigDecimal qty,
        @Nullable BigDecimal price,
        Side side,
        OrderType orderType,
        @Nullable TimeInForce timeInForce,
        @Nullable PositionSide posSide,
        @Nullable String clientOid,
        @Nullable ReduceOnly reduceOnly,
        @Nullable MarginMode marginMode,
        @Nullable StpMode stpMode,
        @Nullable TriggerBy tpTriggerBy,
        @Nullable TriggerBy slTriggerBy,
        @Nullable BigDecimal takeProfit,
        @Nullable BigDecimal stopLoss,
        @Nullable OrderType tpOrderType,
        @Nullable OrderType slOrderType,
        @Nullable BigDecimal tpLimitPrice,
        @Nullable BigDecimal slLimitPrice,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "qty", "price", "side", "orderType", "timeInForce", "posSide", "clientOid", "reduceOnly", "marginMode", "stpMode", "tpTriggerBy", "slTriggerBy", "takeProfit", "stopLoss", "tpOrderType", "slOrderType", "tpLimitPrice", "slLimitPrice");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public PlaceOrderRequest {
        Require.known(category, "category");
        Require.text(symbol, "symbol");
        Require.present(qty, "qty");
        Require.positiveIfPresent(qty, "qty");
        Require.positiveIfPresent(price, "price");
        Require.known(side, "side");
        Require.known(orderType, "orderType");
        Require.knownIfPresent(timeInForce, "timeInForce");
        Require.knownIfPresent(posSide, "posSide");
        Require.knownIfPresent(reduceOnly, "reduceOnly");
        Require.knownIfPresent(marginMode, "marginMode");
        Require.knownIfPresent(stpMode, "stpMode");
        Require.knownIfPresent(tpTriggerBy, "tpTriggerBy");
        Require.knownIfPresent(slTriggerBy, "slTriggerBy");
        Require.positiveIfPresent(takeProfit, "takeProfit");
        Require.positiveIfPresent(stopLoss, "stopLoss");
        Require.knownIfPresent(tpOrderType, "tpOrderType");
        Require.knownIfPresent(slOrderType, "slOrderType");
        Require.positiveIfPresent(tpLimitPrice, "tpLimitPrice");
        Require.positiveIfPresent(slLimitPrice, "slLimitPrice");
        Require.requiredWhen(orderType == OrderType.LIMIT, price, "price is required for a limit order");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public PlaceOrderRequest(Category category, String symbol, BigDecimal qty, @Nullable BigDecimal price, Side side, OrderType orderType, @Nullable TimeInForce timeInForce, @Nullable PositionSide posSide, @Nullable String clientOid, @Nullable ReduceOnly reduceOnly, @Nullable MarginMode marginMode, @Nullable StpMode stpMode, @Nullable TriggerBy tpTriggerBy, @Nullable TriggerBy slTriggerBy, @Nullable BigDecimal takeProfit, @Nullable BigDecimal stopLoss, @Nullable OrderType tpOrderType, @Nullable OrderType slOrderType, @Nullable BigDecimal tpLimitPrice, @Nullable BigDecimal slLimitPrice) {
        this(category, symbol, qty, price, side, orderType, timeInForce, posSide, clientOid, reduceOnly, marginMode, stpMode, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public PlaceOrderRequest withExtraParam(String name, Object value) {
        return new PlaceOrderRequest(category, symbol, qty, price, side, orderType, timeInForce, posSide, clientOid, reduceOnly, marginMode, stpMode, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Category category;
        private @Nullable String symbol;
        private @Nullable BigDecimal qty;
        private @Nullable BigDecimal price;
        private @Nullable Side side;
        private @Nullable OrderType orderType;
        private @Nullable TimeInForce timeInForce;
        private @Nullable PositionSide posSide;
        private @Nullable String clientOid;
        private @Nullable ReduceOnly reduceOnly;
        private @Nullable MarginMode marginMode;
        private @Nullable StpMode stpMode;
        private @Nullable TriggerBy tpTriggerBy;
        private @Nullable TriggerBy slTriggerBy;
        private @Nullable BigDecimal takeProfit;
        private @Nullable BigDecimal stopLoss;
        private @Nullable OrderType tpOrderType;
        private @Nullable OrderType slOrderType;
        private @Nullable BigDecimal tpLimitPrice;
        private @Nullable BigDecimal slLimitPrice;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the product line. Required. */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** e.g. BTCUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** quantity in the base coin (for a spot market buy, the quote amount to spend). Required. */
        public Builder qty(BigDecimal qty) {
            this.qty = qty;
            return this;
        }

        /** limit price; required for limit orders. Optional. */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /** buy or sell. Required. */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /** limit or market. Required. */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /** how long the order stays live (Bitget's default gtc). Optional. */
        public Builder timeInForce(@Nullable TimeInForce timeInForce) {
            this.timeInForce = timeInForce;
            return this;
        }

        /** futures in hedge mode: the position opened or closed. Optional. */
        public Builder posSide(@Nullable PositionSide posSide) {
            this.posSide = posSide;
            return this;
        }

        /** your own id for the order, unique per account. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** futures: whether the order may only reduce a position. Optional. */
        public Builder reduceOnly(@Nullable ReduceOnly reduceOnly) {
            this.reduceOnly = reduceOnly;
            return this;
        }

        /** futures: crossed (Bitget's default) or isolated. Optional. */
        public Builder marginMode(@Nullable MarginMode marginMode) {
            this.marginMode = marginMode;
            return this;
        }

        /** self-trade prevention. Optional. */
        public Builder stpMode(@Nullable StpMode stpMode) {
            this.stpMode = stpMode;
            return this;
        }

        /** price that triggers the take-profit. Optional. */
        public Builder tpTriggerBy(@Nullable TriggerBy tpTriggerBy) {
            this.tpTriggerBy = tpTriggerBy;
            return this;
        }

        /** price that triggers the stop-loss. Optional. */
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

        /** order type placed when the take-profit triggers. Optional. */
        public Builder tpOrderType(@Nullable OrderType tpOrderType) {
            this.tpOrderType = tpOrderType;
            return this;
        }

        /** order type placed when the stop-loss triggers. Optional. */
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

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public PlaceOrderRequest build() {
            return new PlaceOrderRequest(category, symbol, qty, price, side, orderType, timeInForce, posSide, clientOid, reduceOnly, marginMode, stpMode, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, extraParams);
        }
    }
}
