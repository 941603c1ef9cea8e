package io.github.bitget4j.model.v3;

import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.StpMode;
import io.github.bitget4j.model.TimeInForce;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A new V3 order; also one element of a batch placement. Build it with {@link #builder()}:
 * <pre>{@code
 * PlaceOrderRequest order = PlaceOrderRequest.builder()
 *     .category(Category.SPOT).symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT)
 *     .qty(new BigDecimal("0.001")).price(new BigDecimal("27000.5")).timeInForce(TimeInForce.GTC)
 *     .build();
 * }</pre>
 *
 * @param category     the product line
 * @param symbol       e.g. {@code BTCUSDT}
 * @param qty          quantity in the base coin (for a spot market buy, the quote amount to spend)
 * @param price        limit price; required for limit orders
 * @param side         buy or sell
 * @param orderType    limit or market
 * @param timeInForce  how long the order stays live (Bitget's default gtc)
 * @param posSide      futures in hedge mode: the position opened or closed
 * @param clientOid    your own id for the order, unique per account
 * @param reduceOnly   futures: whether the order may only reduce a position
 * @param marginMode   futures: crossed (Bitget's default) or isolated
 * @param stpMode      self-trade prevention
 * @param tpTriggerBy  price that triggers the take-profit
 * @param slTriggerBy  price that triggers the stop-loss
 * @param takeProfit   take-profit trigger price
 * @param stopLoss     stop-loss trigger price
 * @param tpOrderType  order type placed when the take-profit triggers
 * @param slOrderType  order type placed when the stop-loss triggers
 * @param tpLimitPrice limit price of the take-profit order
 * @param slLimitPrice limit price of the stop-loss order
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
        @Nullable BigDecimal slLimitPrice) {

    public PlaceOrderRequest {
        Require.present(category, "category");
        Require.text(symbol, "symbol");
        Require.positive(qty, "qty");
        Require.present(side, "side");
        Require.present(orderType, "orderType");
        Require.positiveIfPresent(price, "price");
        if (orderType == OrderType.LIMIT && price == null) {
            throw new BitgetValidationException("price is required for a limit order");
        }
        Require.positiveIfPresent(takeProfit, "takeProfit");
        Require.positiveIfPresent(stopLoss, "stopLoss");
        Require.positiveIfPresent(tpLimitPrice, "tpLimitPrice");
        Require.positiveIfPresent(slLimitPrice, "slLimitPrice");
    }

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

        private Builder() {
        }

        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        public Builder qty(BigDecimal qty) {
            this.qty = qty;
            return this;
        }

        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        public Builder timeInForce(@Nullable TimeInForce timeInForce) {
            this.timeInForce = timeInForce;
            return this;
        }

        public Builder posSide(@Nullable PositionSide posSide) {
            this.posSide = posSide;
            return this;
        }

        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        public Builder reduceOnly(@Nullable ReduceOnly reduceOnly) {
            this.reduceOnly = reduceOnly;
            return this;
        }

        public Builder marginMode(@Nullable MarginMode marginMode) {
            this.marginMode = marginMode;
            return this;
        }

        public Builder stpMode(@Nullable StpMode stpMode) {
            this.stpMode = stpMode;
            return this;
        }

        public Builder tpTriggerBy(@Nullable TriggerBy tpTriggerBy) {
            this.tpTriggerBy = tpTriggerBy;
            return this;
        }

        public Builder slTriggerBy(@Nullable TriggerBy slTriggerBy) {
            this.slTriggerBy = slTriggerBy;
            return this;
        }

        public Builder takeProfit(@Nullable BigDecimal takeProfit) {
            this.takeProfit = takeProfit;
            return this;
        }

        public Builder stopLoss(@Nullable BigDecimal stopLoss) {
            this.stopLoss = stopLoss;
            return this;
        }

        public Builder tpOrderType(@Nullable OrderType tpOrderType) {
            this.tpOrderType = tpOrderType;
            return this;
        }

        public Builder slOrderType(@Nullable OrderType slOrderType) {
            this.slOrderType = slOrderType;
            return this;
        }

        public Builder tpLimitPrice(@Nullable BigDecimal tpLimitPrice) {
            this.tpLimitPrice = tpLimitPrice;
            return this;
        }

        public Builder slLimitPrice(@Nullable BigDecimal slLimitPrice) {
            this.slLimitPrice = slLimitPrice;
            return this;
        }

        /** @throws BitgetValidationException naming the first missing or invalid parameter */
        public PlaceOrderRequest build() {
            return new PlaceOrderRequest(category, symbol, qty, price, side, orderType, timeInForce, posSide,
                    clientOid, reduceOnly, marginMode, stpMode, tpTriggerBy, slTriggerBy, takeProfit, stopLoss,
                    tpOrderType, slOrderType, tpLimitPrice, slLimitPrice);
        }
    }
}
