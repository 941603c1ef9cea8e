// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

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
 * One order of a V2 spot batch. Build it with {@link #builder()}.
 *
 * @param symbol optional; the order's symbol; required only in multiple-mode batches.
 * @param side required; buy or sell.
 * @param orderType required; limit or market.
 * @param force required; time in force.
 * @param price optional; limit price; required for limit orders.
 * @param size required; quantity in the base coin (quote amount for a market buy).
 * @param clientOid optional; your own id for the order.
 * @param stpMode optional; self-trade prevention.
 * @param presetTakeProfitPrice optional; take-profit trigger price attached to the order.
 * @param executeTakeProfitPrice optional; take-profit execution price.
 * @param presetStopLossPrice optional; stop-loss trigger price attached to the order.
 * @param executeStopLossPrice optional; stop-loss execution price.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
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
        @Nullable BigDecimal executeStopLossPrice,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "side", "orderType", "force", "price", "size", "clientOid", "stpMode", "presetTakeProfitPrice", "executeTakeProfitPrice", "presetStopLossPrice", "executeStopLossPrice");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotBatchOrderItem {
        Require.known(side, "side");
        Require.known(orderType, "orderType");
        Require.known(force, "force");
        Require.positiveIfPresent(price, "price");
        Require.present(size, "size");
        Require.positiveIfPresent(size, "size");
        Require.knownIfPresent(stpMode, "stpMode");
        Require.requiredWhen(orderType == OrderType.LIMIT, price, "price is required for a limit order");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotBatchOrderItem(@Nullable String symbol, Side side, OrderType orderType, TimeInForce force, @Nullable BigDecimal price, BigDecimal size, @Nullable String clientOid, @Nullable StpMode stpMode, @Nullable BigDecimal presetTakeProfitPrice, @Nullable BigDecimal executeTakeProfitPrice, @Nullable BigDecimal presetStopLossPrice, @Nullable BigDecimal executeStopLossPrice) {
        this(symbol, side, orderType, force, price, size, clientOid, stpMode, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotBatchOrderItem withExtraParam(String name, Object value) {
        return new SpotBatchOrderItem(symbol, side, orderType, force, price, size, clientOid, stpMode, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the order's symbol; required only in multiple-mode batches. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
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

        /** time in force. Required. */
        public Builder force(TimeInForce force) {
            this.force = force;
            return this;
        }

        /** limit price; required for limit orders. Optional. */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /** quantity in the base coin (quote amount for a market buy). Required. */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /** your own id for the order. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** self-trade prevention. Optional. */
        public Builder stpMode(@Nullable StpMode stpMode) {
            this.stpMode = stpMode;
            return this;
        }

        /** take-profit trigger price attached to the order. Optional. */
        public Builder presetTakeProfitPrice(@Nullable BigDecimal presetTakeProfitPrice) {
            this.presetTakeProfitPrice = presetTakeProfitPrice;
            return this;
        }

        /** take-profit execution price. Optional. */
        public Builder executeTakeProfitPrice(@Nullable BigDecimal executeTakeProfitPrice) {
            this.executeTakeProfitPrice = executeTakeProfitPrice;
            return this;
        }

        /** stop-loss trigger price attached to the order. Optional. */
        public Builder presetStopLossPrice(@Nullable BigDecimal presetStopLossPrice) {
            this.presetStopLossPrice = presetStopLossPrice;
            return this;
        }

        /** stop-loss execution price. Optional. */
        public Builder executeStopLossPrice(@Nullable BigDecimal executeStopLossPrice) {
            this.executeStopLossPrice = executeStopLossPrice;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public SpotBatchOrderItem build() {
            return new SpotBatchOrderItem(symbol, side, orderType, force, price, size, clientOid, stpMode, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, extraParams);
        }
    }
}
