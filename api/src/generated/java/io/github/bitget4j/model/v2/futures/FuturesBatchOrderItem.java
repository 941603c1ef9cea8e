// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

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
 * One order inside a batch place call. Build it with {@link #builder()}.
 *
 * @param size required; quantity, base coin.
 * @param price optional; required for a limit order.
 * @param side required
 * @param tradeSide optional; hedge mode only.
 * @param orderType required
 * @param force optional; default gtc.
 * @param clientOid optional
 * @param reduceOnly optional; one-way mode only.
 * @param presetStopSurplusPrice optional; take-profit trigger to attach.
 * @param presetStopLossPrice optional; stop-loss trigger to attach.
 * @param stpMode optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesBatchOrderItem(
        BigDecimal size,
        @Nullable BigDecimal price,
        Side side,
        @Nullable FuturesTradeSide tradeSide,
        OrderType orderType,
        @Nullable TimeInForce force,
        @Nullable String clientOid,
        @Nullable FuturesReduceOnly reduceOnly,
        @Nullable BigDecimal presetStopSurplusPrice,
        @Nullable BigDecimal presetStopLossPrice,
        @Nullable StpMode stpMode,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("size", "price", "side", "tradeSide", "orderType", "force", "clientOid", "reduceOnly", "presetStopSurplusPrice", "presetStopLossPrice", "stpMode");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesBatchOrderItem {
        Require.present(size, "size");
        Require.positiveIfPresent(size, "size");
        Require.positiveIfPresent(price, "price");
        Require.known(side, "side");
        Require.knownIfPresent(tradeSide, "tradeSide");
        Require.known(orderType, "orderType");
        Require.knownIfPresent(force, "force");
        Require.knownIfPresent(reduceOnly, "reduceOnly");
        Require.positiveIfPresent(presetStopSurplusPrice, "presetStopSurplusPrice");
        Require.positiveIfPresent(presetStopLossPrice, "presetStopLossPrice");
        Require.knownIfPresent(stpMode, "stpMode");
        Require.requiredWhen(orderType == OrderType.LIMIT, price, "price is required when orderType is limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesBatchOrderItem(BigDecimal size, @Nullable BigDecimal price, Side side, @Nullable FuturesTradeSide tradeSide, OrderType orderType, @Nullable TimeInForce force, @Nullable String clientOid, @Nullable FuturesReduceOnly reduceOnly, @Nullable BigDecimal presetStopSurplusPrice, @Nullable BigDecimal presetStopLossPrice, @Nullable StpMode stpMode) {
        this(size, price, side, tradeSide, orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice, stpMode, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesBatchOrderItem withExtraParam(String name, Object value) {
        return new FuturesBatchOrderItem(size, price, side, tradeSide, orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice, stpMode, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable BigDecimal size;
        private @Nullable BigDecimal price;
        private @Nullable Side side;
        private @Nullable FuturesTradeSide tradeSide;
        private @Nullable OrderType orderType;
        private @Nullable TimeInForce force;
        private @Nullable String clientOid;
        private @Nullable FuturesReduceOnly reduceOnly;
        private @Nullable BigDecimal presetStopSurplusPrice;
        private @Nullable BigDecimal presetStopLossPrice;
        private @Nullable StpMode stpMode;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** quantity, base coin. Required. */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /** required for a limit order. Optional. */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /** Sets side. Required. */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /** hedge mode only. Optional. */
        public Builder tradeSide(@Nullable FuturesTradeSide tradeSide) {
            this.tradeSide = tradeSide;
            return this;
        }

        /** Sets orderType. Required. */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /** default gtc. Optional. */
        public Builder force(@Nullable TimeInForce force) {
            this.force = force;
            return this;
        }

        /** Sets clientOid. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** one-way mode only. Optional. */
        public Builder reduceOnly(@Nullable FuturesReduceOnly reduceOnly) {
            this.reduceOnly = reduceOnly;
            return this;
        }

        /** take-profit trigger to attach. Optional. */
        public Builder presetStopSurplusPrice(@Nullable BigDecimal presetStopSurplusPrice) {
            this.presetStopSurplusPrice = presetStopSurplusPrice;
            return this;
        }

        /** stop-loss trigger to attach. Optional. */
        public Builder presetStopLossPrice(@Nullable BigDecimal presetStopLossPrice) {
            this.presetStopLossPrice = presetStopLossPrice;
            return this;
        }

        /** Sets stpMode. Optional. */
        public Builder stpMode(@Nullable StpMode stpMode) {
            this.stpMode = stpMode;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesBatchOrderItem build() {
            return new FuturesBatchOrderItem(size, price, side, tradeSide, orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice, stpMode, extraParams);
        }
    }
}
