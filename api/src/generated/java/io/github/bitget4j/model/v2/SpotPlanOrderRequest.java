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
 * A new V2 spot plan (trigger) order. Build it with {@link #builder()}.
 *
 * @param symbol required; e.g. BTCUSDT.
 * @param side required; buy or sell.
 * @param triggerPrice required; price that fires the order.
 * @param orderType required; order sent when fired: limit or market.
 * @param executePrice optional; limit price of the order sent; required for a limit order.
 * @param planType optional; amount (default) or total: what size counts.
 * @param size required; base coin quantity, or quote value when planType is total.
 * @param triggerType required; fill_price or mark_price.
 * @param clientOid optional; your own id for the order.
 * @param force optional; time in force of the order sent (Bitget's default gtc).
 * @param stpMode optional; self-trade prevention.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotPlanOrderRequest(
        String symbol,
        Side side,
        BigDecimal triggerPrice,
        OrderType orderType,
        @Nullable BigDecimal executePrice,
        @Nullable SpotPlanType planType,
        BigDecimal size,
        SpotTriggerType triggerType,
        @Nullable String clientOid,
        @Nullable TimeInForce force,
        @Nullable StpMode stpMode,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "side", "triggerPrice", "orderType", "executePrice", "planType", "size", "triggerType", "clientOid", "force", "stpMode");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotPlanOrderRequest {
        Require.text(symbol, "symbol");
        Require.known(side, "side");
        Require.present(triggerPrice, "triggerPrice");
        Require.positiveIfPresent(triggerPrice, "triggerPrice");
        Require.known(orderType, "orderType");
        Require.positiveIfPresent(executePrice, "executePrice");
        Require.knownIfPresent(planType, "planType");
        Require.present(size, "size");
        Require.positiveIfPresent(size, "size");
        Require.known(triggerType, "triggerType");
        Require.knownIfPresent(force, "force");
        Require.knownIfPresent(stpMode, "stpMode");
        Require.requiredWhen(orderType == OrderType.LIMIT, executePrice, "executePrice is required when orderType is limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotPlanOrderRequest(String symbol, Side side, BigDecimal triggerPrice, OrderType orderType, @Nullable BigDecimal executePrice, @Nullable SpotPlanType planType, BigDecimal size, SpotTriggerType triggerType, @Nullable String clientOid, @Nullable TimeInForce force, @Nullable StpMode stpMode) {
        this(symbol, side, triggerPrice, orderType, executePrice, planType, size, triggerType, clientOid, force, stpMode, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotPlanOrderRequest withExtraParam(String name, Object value) {
        return new SpotPlanOrderRequest(symbol, side, triggerPrice, orderType, executePrice, planType, size, triggerType, clientOid, force, stpMode, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable Side side;
        private @Nullable BigDecimal triggerPrice;
        private @Nullable OrderType orderType;
        private @Nullable BigDecimal executePrice;
        private @Nullable SpotPlanType planType;
        private @Nullable BigDecimal size;
        private @Nullable SpotTriggerType triggerType;
        private @Nullable String clientOid;
        private @Nullable TimeInForce force;
        private @Nullable StpMode stpMode;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** e.g. BTCUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** buy or sell. Required. */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /** price that fires the order. Required. */
        public Builder triggerPrice(BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /** order sent when fired: limit or market. Required. */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /** limit price of the order sent; required for a limit order. Optional. */
        public Builder executePrice(@Nullable BigDecimal executePrice) {
            this.executePrice = executePrice;
            return this;
        }

        /** amount (default) or total: what size counts. Optional. */
        public Builder planType(@Nullable SpotPlanType planType) {
            this.planType = planType;
            return this;
        }

        /** base coin quantity, or quote value when planType is total. Required. */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /** fill_price or mark_price. Required. */
        public Builder triggerType(SpotTriggerType triggerType) {
            this.triggerType = triggerType;
            return this;
        }

        /** your own id for the order. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** time in force of the order sent (Bitget's default gtc). Optional. */
        public Builder force(@Nullable TimeInForce force) {
            this.force = force;
            return this;
        }

        /** self-trade prevention. Optional. */
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
        public SpotPlanOrderRequest build() {
            return new SpotPlanOrderRequest(symbol, side, triggerPrice, orderType, executePrice, planType, size, triggerType, clientOid, force, stpMode, extraParams);
        }
    }
}
