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
 * One order of a V2 spot batch ({@link SpotBatchOrderRequest}). Build it with {@link #builder()}.
 *
 * @param symbol                 the order's symbol; required only in {@link BatchMode#MULTIPLE} batches
 * @param side                   buy or sell
 * @param orderType              limit or market
 * @param force                  time in force
 * @param price                  limit price; required for limit orders
 * @param size                   quantity in the base coin (quote amount for a market buy)
 * @param clientOid              your own id for the order
 * @param stpMode                self-trade prevention
 * @param presetTakeProfitPrice  take-profit trigger price attached to the order
 * @param executeTakeProfitPrice take-profit execution price
 * @param presetStopLossPrice    stop-loss trigger price attached to the order
 * @param executeStopLossPrice   stop-loss execution price
 */
public record SpotBatchOrderItem(
        @Nullable String symbol,
        Side side,
        OrderType orderType,
        TimeInForce force,
        @Nullable BigDecimal price,
        BigDecimal size,
        @Nullable String clientOid,
        @Nullable StpMode stpMode,
        @Nullable BigDecimal presetTakeProfitPrice,
        @Nullable BigDecimal executeTakeProfitPrice,
        @Nullable BigDecimal presetStopLossPrice,
        @Nullable BigDecimal executeStopLossPrice) {

    public SpotBatchOrderItem {
        Require.present(side, "side");
        Require.present(orderType, "orderType");
        Require.present(force, "force");
        Require.positive(size, "size");
        Require.positiveIfPresent(price, "price");
        if (orderType == OrderType.LIMIT && price == null) {
            throw new BitgetValidationException("price is required for a limit order");
        }
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
        private @Nullable StpMode stpMode;
        private @Nullable BigDecimal presetTakeProfitPrice;
        private @Nullable BigDecimal executeTakeProfitPrice;
        private @Nullable BigDecimal presetStopLossPrice;
        private @Nullable BigDecimal executeStopLossPrice;

        private Builder() {
        }

        public Builder symbol(@Nullable String symbol) {
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
        public SpotBatchOrderItem build() {
            return new SpotBatchOrderItem(symbol, side, orderType, force, price, size, clientOid, stpMode,
                    presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice);
        }
    }
}
