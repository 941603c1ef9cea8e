package io.github.bitget4j.model.v2;

import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.StpMode;
import io.github.bitget4j.model.TimeInForce;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A new V2 spot order. Build it with {@link #builder()}:
 * <pre>{@code
 * SpotOrderRequest order = SpotOrderRequest.builder()
 *     .symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT).force(TimeInForce.GTC)
 *     .price(new BigDecimal("27000.5")).size(new BigDecimal("0.001"))
 *     .build();
 * }</pre>
 *
 * @param symbol                 e.g. {@code BTCUSDT}
 * @param side                   buy or sell
 * @param orderType              limit or market
 * @param force                  time in force; Bitget ignores it for market orders but requires it
 * @param price                  limit price; required for limit orders
 * @param size                   quantity in the base coin, except for a market buy, where it is the amount
 *                               of the quote coin to spend
 * @param clientOid              your own id for the order, unique per account
 * @param triggerPrice           trigger price of a take-profit/stop-loss order
 * @param tpslType               {@code normal} (Bitget's default) or {@code tpsl}
 * @param requestTime            when the request was made, Unix milliseconds (with {@code receiveWindow})
 * @param receiveWindow          how many milliseconds after {@code requestTime} the order may still be accepted
 * @param stpMode                self-trade prevention
 * @param presetTakeProfitPrice  take-profit trigger price attached to the order
 * @param executeTakeProfitPrice take-profit execution price (market when absent)
 * @param presetStopLossPrice    stop-loss trigger price attached to the order
 * @param executeStopLossPrice   stop-loss execution price (market when absent)
 */
public record SpotOrderRequest(
        String symbol,
        Side side,
        OrderType orderType,
        TimeInForce force,
        @Nullable BigDecimal price,
        BigDecimal size,
        @Nullable String clientOid,
        @Nullable BigDecimal triggerPrice,
        @Nullable TpslType tpslType,
        @Nullable Long requestTime,
        @Nullable Long receiveWindow,
        @Nullable StpMode stpMode,
        @Nullable BigDecimal presetTakeProfitPrice,
        @Nullable BigDecimal executeTakeProfitPrice,
        @Nullable BigDecimal presetStopLossPrice,
        @Nullable BigDecimal executeStopLossPrice) {

    public SpotOrderRequest {
        Require.text(symbol, "symbol");
        Require.present(side, "side");
        Require.present(orderType, "orderType");
        Require.present(force, "force");
        Require.positive(size, "size");
        Require.positiveIfPresent(price, "price");
        if (orderType == OrderType.LIMIT && price == null) {
            throw new BitgetValidationException("price is required for a limit order");
        }
        Require.positiveIfPresent(triggerPrice, "triggerPrice");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable Side side;
        private @Nullable OrderType orderType;
        private @Nullable TimeInForce force;
        private @Nullable BigDecimal price;
        private @Nullable BigDecimal size;
        private @Nullable String clientOid;
        private @Nullable BigDecimal triggerPrice;
        private @Nullable TpslType tpslType;
        private @Nullable Long requestTime;
        private @Nullable Long receiveWindow;
        private @Nullable StpMode stpMode;
        private @Nullable BigDecimal presetTakeProfitPrice;
        private @Nullable BigDecimal executeTakeProfitPrice;
        private @Nullable BigDecimal presetStopLossPrice;
        private @Nullable BigDecimal executeStopLossPrice;

        private Builder() {
        }

        public Builder symbol(String symbol) {
            this.symbol = symbol;
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

        public Builder force(TimeInForce force) {
            this.force = force;
            return this;
        }

        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        public Builder triggerPrice(@Nullable BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        public Builder tpslType(@Nullable TpslType tpslType) {
            this.tpslType = tpslType;
            return this;
        }

        public Builder requestTime(@Nullable Long requestTime) {
            this.requestTime = requestTime;
            return this;
        }

        public Builder receiveWindow(@Nullable Long receiveWindow) {
            this.receiveWindow = receiveWindow;
            return this;
        }

        public Builder stpMode(@Nullable StpMode stpMode) {
            this.stpMode = stpMode;
            return this;
        }

        public Builder presetTakeProfitPrice(@Nullable BigDecimal presetTakeProfitPrice) {
            this.presetTakeProfitPrice = presetTakeProfitPrice;
            return this;
        }

        public Builder executeTakeProfitPrice(@Nullable BigDecimal executeTakeProfitPrice) {
            this.executeTakeProfitPrice = executeTakeProfitPrice;
            return this;
        }

        public Builder presetStopLossPrice(@Nullable BigDecimal presetStopLossPrice) {
            this.presetStopLossPrice = presetStopLossPrice;
            return this;
        }

        public Builder executeStopLossPrice(@Nullable BigDecimal executeStopLossPrice) {
            this.executeStopLossPrice = executeStopLossPrice;
            return this;
        }

        /** @throws BitgetValidationException naming the first missing or invalid parameter */
        public SpotOrderRequest build() {
            return new SpotOrderRequest(symbol, side, orderType, force, price, size, clientOid, triggerPrice,
                    tpslType, requestTime, receiveWindow, stpMode, presetTakeProfitPrice, executeTakeProfitPrice,
                    presetStopLossPrice, executeStopLossPrice);
        }
    }
}
