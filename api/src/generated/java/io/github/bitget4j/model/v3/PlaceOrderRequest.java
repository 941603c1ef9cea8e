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
 * @param category the product line (required, sent as {@code category})
 * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
 * @param qty quantity in the base coin (for a spot market buy, the quote amount to spend) (required, greater than 0, sent as {@code qty})
 * @param price limit price; required for limit orders (optional, greater than 0, sent as {@code price})
 * @param side buy or sell (required, sent as {@code side})
 * @param orderType limit or market (required, sent as {@code orderType})
 * @param timeInForce how long the order stays live (Bitget's default gtc) (optional, sent as {@code timeInForce})
 * @param posSide futures in hedge mode: the position opened or closed (optional, sent as {@code posSide})
 * @param clientOid your own id for the order, unique per account (optional, sent as {@code clientOid})
 * @param reduceOnly futures: whether the order may only reduce a position (optional, sent as {@code reduceOnly})
 * @param marginMode futures: crossed (Bitget's default) or isolated (optional, sent as {@code marginMode})
 * @param stpMode self-trade prevention (optional, sent as {@code stpMode})
 * @param tpTriggerBy price that triggers the take-profit (optional, sent as {@code tpTriggerBy})
 * @param slTriggerBy price that triggers the stop-loss (optional, sent as {@code slTriggerBy})
 * @param takeProfit take-profit trigger price (optional, greater than 0, sent as {@code takeProfit})
 * @param stopLoss stop-loss trigger price (optional, greater than 0, sent as {@code stopLoss})
 * @param tpOrderType order type placed when the take-profit triggers (optional, sent as {@code tpOrderType})
 * @param slOrderType order type placed when the stop-loss triggers (optional, sent as {@code slOrderType})
 * @param tpLimitPrice limit price of the take-profit order (optional, greater than 0, sent as {@code tpLimitPrice})
 * @param slLimitPrice limit price of the stop-loss order (optional, greater than 0, sent as {@code slLimitPrice})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
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

    /**
     * Without extra parameters.
     *
     * @param category the product line (required, sent as {@code category})
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param qty quantity in the base coin (for a spot market buy, the quote amount to spend) (required, greater than 0, sent as {@code qty})
     * @param price limit price; required for limit orders (optional, greater than 0, sent as {@code price})
     * @param side buy or sell (required, sent as {@code side})
     * @param orderType limit or market (required, sent as {@code orderType})
     * @param timeInForce how long the order stays live (Bitget's default gtc) (optional, sent as {@code timeInForce})
     * @param posSide futures in hedge mode: the position opened or closed (optional, sent as {@code posSide})
     * @param clientOid your own id for the order, unique per account (optional, sent as {@code clientOid})
     * @param reduceOnly futures: whether the order may only reduce a position (optional, sent as {@code reduceOnly})
     * @param marginMode futures: crossed (Bitget's default) or isolated (optional, sent as {@code marginMode})
     * @param stpMode self-trade prevention (optional, sent as {@code stpMode})
     * @param tpTriggerBy price that triggers the take-profit (optional, sent as {@code tpTriggerBy})
     * @param slTriggerBy price that triggers the stop-loss (optional, sent as {@code slTriggerBy})
     * @param takeProfit take-profit trigger price (optional, greater than 0, sent as {@code takeProfit})
     * @param stopLoss stop-loss trigger price (optional, greater than 0, sent as {@code stopLoss})
     * @param tpOrderType order type placed when the take-profit triggers (optional, sent as {@code tpOrderType})
     * @param slOrderType order type placed when the stop-loss triggers (optional, sent as {@code slOrderType})
     * @param tpLimitPrice limit price of the take-profit order (optional, greater than 0, sent as {@code tpLimitPrice})
     * @param slLimitPrice limit price of the stop-loss order (optional, greater than 0, sent as {@code slLimitPrice})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public PlaceOrderRequest(Category category, String symbol, BigDecimal qty, @Nullable BigDecimal price, Side side, OrderType orderType, @Nullable TimeInForce timeInForce, @Nullable PositionSide posSide, @Nullable String clientOid, @Nullable ReduceOnly reduceOnly, @Nullable MarginMode marginMode, @Nullable StpMode stpMode, @Nullable TriggerBy tpTriggerBy, @Nullable TriggerBy slTriggerBy, @Nullable BigDecimal takeProfit, @Nullable BigDecimal stopLoss, @Nullable OrderType tpOrderType, @Nullable OrderType slOrderType, @Nullable BigDecimal tpLimitPrice, @Nullable BigDecimal slLimitPrice) {
        this(category, symbol, qty, price, side, orderType, timeInForce, posSide, clientOid, reduceOnly, marginMode, stpMode, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public PlaceOrderRequest withExtraParam(String name, Object value) {
        return new PlaceOrderRequest(category, symbol, qty, price, side, orderType, timeInForce, posSide, clientOid, reduceOnly, marginMode, stpMode, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, Require.withExtra(extraParams, name, value));
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

        /**
         * Sets {@code category}: the product line (required, sent as {@code category}). Checked by {@link #build()}.
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
         * Sets {@code qty}: quantity in the base coin (for a spot market buy, the quote amount to spend) (required, greater than 0, sent as {@code qty}). Checked by {@link #build()}.
         *
         * @param qty the value
         * @return this builder
         */
        public Builder qty(BigDecimal qty) {
            this.qty = qty;
            return this;
        }

        /**
         * Sets {@code price}: limit price; required for limit orders (optional, greater than 0, sent as {@code price}). Checked by {@link #build()}.
         *
         * @param price the value, or null to leave it unset
         * @return this builder
         */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /**
         * Sets {@code side}: buy or sell (required, sent as {@code side}). Checked by {@link #build()}.
         *
         * @param side the value
         * @return this builder
         */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /**
         * Sets {@code orderType}: limit or market (required, sent as {@code orderType}). Checked by {@link #build()}.
         *
         * @param orderType the value
         * @return this builder
         */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /**
         * Sets {@code timeInForce}: how long the order stays live (Bitget's default gtc) (optional, sent as {@code timeInForce}). Checked by {@link #build()}.
         *
         * @param timeInForce the value, or null to leave it unset
         * @return this builder
         */
        public Builder timeInForce(@Nullable TimeInForce timeInForce) {
            this.timeInForce = timeInForce;
            return this;
        }

        /**
         * Sets {@code posSide}: futures in hedge mode: the position opened or closed (optional, sent as {@code posSide}). Checked by {@link #build()}.
         *
         * @param posSide the value, or null to leave it unset
         * @return this builder
         */
        public Builder posSide(@Nullable PositionSide posSide) {
            this.posSide = posSide;
            return this;
        }

        /**
         * Sets {@code clientOid}: your own id for the order, unique per account (optional, sent as {@code clientOid}). Checked by {@link #build()}.
         *
         * @param clientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /**
         * Sets {@code reduceOnly}: futures: whether the order may only reduce a position (optional, sent as {@code reduceOnly}). Checked by {@link #build()}.
         *
         * @param reduceOnly the value, or null to leave it unset
         * @return this builder
         */
        public Builder reduceOnly(@Nullable ReduceOnly reduceOnly) {
            this.reduceOnly = reduceOnly;
            return this;
        }

        /**
         * Sets {@code marginMode}: futures: crossed (Bitget's default) or isolated (optional, sent as {@code marginMode}). Checked by {@link #build()}.
         *
         * @param marginMode the value, or null to leave it unset
         * @return this builder
         */
        public Builder marginMode(@Nullable MarginMode marginMode) {
            this.marginMode = marginMode;
            return this;
        }

        /**
         * Sets {@code stpMode}: self-trade prevention (optional, sent as {@code stpMode}). Checked by {@link #build()}.
         *
         * @param stpMode the value, or null to leave it unset
         * @return this builder
         */
        public Builder stpMode(@Nullable StpMode stpMode) {
            this.stpMode = stpMode;
            return this;
        }

        /**
         * Sets {@code tpTriggerBy}: price that triggers the take-profit (optional, sent as {@code tpTriggerBy}). Checked by {@link #build()}.
         *
         * @param tpTriggerBy the value, or null to leave it unset
         * @return this builder
         */
        public Builder tpTriggerBy(@Nullable TriggerBy tpTriggerBy) {
            this.tpTriggerBy = tpTriggerBy;
            return this;
        }

        /**
         * Sets {@code slTriggerBy}: price that triggers the stop-loss (optional, sent as {@code slTriggerBy}). Checked by {@link #build()}.
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
         * Sets {@code tpOrderType}: order type placed when the take-profit triggers (optional, sent as {@code tpOrderType}). Checked by {@link #build()}.
         *
         * @param tpOrderType the value, or null to leave it unset
         * @return this builder
         */
        public Builder tpOrderType(@Nullable OrderType tpOrderType) {
            this.tpOrderType = tpOrderType;
            return this;
        }

        /**
         * Sets {@code slOrderType}: order type placed when the stop-loss triggers (optional, sent as {@code slOrderType}). Checked by {@link #build()}.
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
        public PlaceOrderRequest build() {
            return new PlaceOrderRequest(category, symbol, qty, price, side, orderType, timeInForce, posSide, clientOid, reduceOnly, marginMode, stpMode, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, extraParams);
        }
    }
}
