// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.StpMode;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param planType required
 * @param symbol required
 * @param productType required
 * @param marginMode required
 * @param marginCoin required
 * @param size required
 * @param price optional; order price once triggered; required for a limit order.
 * @param callbackRatio optional; trailing percentage, track_plan only.
 * @param triggerPrice required
 * @param triggerType required
 * @param side required
 * @param tradeSide optional; hedge mode only.
 * @param orderType required
 * @param clientOid optional
 * @param reduceOnly optional; one-way mode only.
 * @param stopSurplusTriggerPrice optional
 * @param stopSurplusExecutePrice optional
 * @param stopSurplusTriggerType optional
 * @param stopLossTriggerPrice optional
 * @param stopLossExecutePrice optional
 * @param stopLossTriggerType optional
 * @param stpMode optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesPlanOrderRequest(
        FuturesPlanOrderType planType,
        String symbol,
        ProductType productType,
        MarginMode marginMode,
        String marginCoin,
        BigDecimal size,
        @Nullable BigDecimal price,
        @Nullable BigDecimal callbackRatio,
        BigDecimal triggerPrice,
        FuturesTriggerType triggerType,
        Side side,
        @Nullable FuturesTradeSide tradeSide,
        OrderType orderType,
        @Nullable String clientOid,
        @Nullable FuturesReduceOnly reduceOnly,
        @Nullable BigDecimal stopSurplusTriggerPrice,
        @Nullable BigDecimal stopSurplusExecutePrice,
        @Nullable FuturesTpslTriggerType stopSurplusTriggerType,
        @Nullable BigDecimal stopLossTriggerPrice,
        @Nullable BigDecimal stopLossExecutePrice,
        @Nullable FuturesTpslTriggerType stopLossTriggerType,
        @Nullable StpMode stpMode,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("planType", "symbol", "productType", "marginMode", "marginCoin", "size", "price", "callbackRatio", "triggerPrice", "triggerType", "side", "tradeSide", "orderType", "clientOid", "reduceOnly", "stopSurplusTriggerPrice", "stopSurplusExecutePrice", "stopSurplusTriggerType", "stopLossTriggerPrice", "stopLossExecutePrice", "stopLossTriggerType", "stpMode");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesPlanOrderRequest {
        Require.known(planType, "planType");
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.known(marginMode, "marginMode");
        Require.text(marginCoin, "marginCoin");
        Require.present(size, "size");
        Require.positiveIfPresent(size, "size");
        Require.positiveIfPresent(price, "price");
        Require.positiveIfPresent(callbackRatio, "callbackRatio");
        Require.present(triggerPrice, "triggerPrice");
        Require.positiveIfPresent(triggerPrice, "triggerPrice");
        Require.known(triggerType, "triggerType");
        Require.known(side, "side");
        Require.knownIfPresent(tradeSide, "tradeSide");
        Require.known(orderType, "orderType");
        Require.knownIfPresent(reduceOnly, "reduceOnly");
        Require.positiveIfPresent(stopSurplusTriggerPrice, "stopSurplusTriggerPrice");
        Require.atLeast(stopSurplusExecutePrice, "stopSurplusExecutePrice", "0");
        Require.knownIfPresent(stopSurplusTriggerType, "stopSurplusTriggerType");
        Require.positiveIfPresent(stopLossTriggerPrice, "stopLossTriggerPrice");
        Require.atLeast(stopLossExecutePrice, "stopLossExecutePrice", "0");
        Require.knownIfPresent(stopLossTriggerType, "stopLossTriggerType");
        Require.knownIfPresent(stpMode, "stpMode");
        Require.requiredWhen(orderType == OrderType.LIMIT, price, "price is required when orderType is limit");
        Require.requiredWhen(planType == FuturesPlanOrderType.TRACK_PLAN, callbackRatio, "callbackRatio is required when planType is track_plan");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesPlanOrderRequest(FuturesPlanOrderType planType, String symbol, ProductType productType, MarginMode marginMode, String marginCoin, BigDecimal size, @Nullable BigDecimal price, @Nullable BigDecimal callbackRatio, BigDecimal triggerPrice, FuturesTriggerType triggerType, Side side, @Nullable FuturesTradeSide tradeSide, OrderType orderType, @Nullable String clientOid, @Nullable FuturesReduceOnly reduceOnly, @Nullable BigDecimal stopSurplusTriggerPrice, @Nullable BigDecimal stopSurplusExecutePrice, @Nullable FuturesTpslTriggerType stopSurplusTriggerType, @Nullable BigDecimal stopLossTriggerPrice, @Nullable BigDecimal stopLossExecutePrice, @Nullable FuturesTpslTriggerType stopLossTriggerType, @Nullable StpMode stpMode) {
        this(planType, symbol, productType, marginMode, marginCoin, size, price, callbackRatio, triggerPrice, triggerType, side, tradeSide, orderType, clientOid, reduceOnly, stopSurplusTriggerPrice, stopSurplusExecutePrice, stopSurplusTriggerType, stopLossTriggerPrice, stopLossExecutePrice, stopLossTriggerType, stpMode, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesPlanOrderRequest withExtraParam(String name, Object value) {
        return new FuturesPlanOrderRequest(planType, symbol, productType, marginMode, marginCoin, size, price, callbackRatio, triggerPrice, triggerType, side, tradeSide, orderType, clientOid, reduceOnly, stopSurplusTriggerPrice, stopSurplusExecutePrice, stopSurplusTriggerType, stopLossTriggerPrice, stopLossExecutePrice, stopLossTriggerType, stpMode, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable FuturesPlanOrderType planType;
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable MarginMode marginMode;
        private @Nullable String marginCoin;
        private @Nullable BigDecimal size;
        private @Nullable BigDecimal price;
        private @Nullable BigDecimal callbackRatio;
        private @Nullable BigDecimal triggerPrice;
        private @Nullable FuturesTriggerType triggerType;
        private @Nullable Side side;
        private @Nullable FuturesTradeSide tradeSide;
        private @Nullable OrderType orderType;
        private @Nullable String clientOid;
        private @Nullable FuturesReduceOnly reduceOnly;
        private @Nullable BigDecimal stopSurplusTriggerPrice;
        private @Nullable BigDecimal stopSurplusExecutePrice;
        private @Nullable FuturesTpslTriggerType stopSurplusTriggerType;
        private @Nullable BigDecimal stopLossTriggerPrice;
        private @Nullable BigDecimal stopLossExecutePrice;
        private @Nullable FuturesTpslTriggerType stopLossTriggerType;
        private @Nullable StpMode stpMode;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets planType. Required. */
        public Builder planType(FuturesPlanOrderType planType) {
            this.planType = planType;
            return this;
        }

        /** Sets symbol. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets productType. Required. */
        public Builder productType(ProductType productType) {
            this.productType = productType;
            return this;
        }

        /** Sets marginMode. Required. */
        public Builder marginMode(MarginMode marginMode) {
            this.marginMode = marginMode;
            return this;
        }

        /** Sets marginCoin. Required. */
        public Builder marginCoin(String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /** Sets size. Required. */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /** order price once triggered; required for a limit order. Optional. */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /** trailing percentage, track_plan only. Optional. */
        public Builder callbackRatio(@Nullable BigDecimal callbackRatio) {
            this.callbackRatio = callbackRatio;
            return this;
        }

        /** Sets triggerPrice. Required. */
        public Builder triggerPrice(BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /** Sets triggerType. Required. */
        public Builder triggerType(FuturesTriggerType triggerType) {
            this.triggerType = triggerType;
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

        /** Sets stopSurplusTriggerPrice. Optional. */
        public Builder stopSurplusTriggerPrice(@Nullable BigDecimal stopSurplusTriggerPrice) {
            this.stopSurplusTriggerPrice = stopSurplusTriggerPrice;
            return this;
        }

        /** Sets stopSurplusExecutePrice. Optional. */
        public Builder stopSurplusExecutePrice(@Nullable BigDecimal stopSurplusExecutePrice) {
            this.stopSurplusExecutePrice = stopSurplusExecutePrice;
            return this;
        }

        /** Sets stopSurplusTriggerType. Optional. */
        public Builder stopSurplusTriggerType(@Nullable FuturesTpslTriggerType stopSurplusTriggerType) {
            this.stopSurplusTriggerType = stopSurplusTriggerType;
            return this;
        }

        /** Sets stopLossTriggerPrice. Optional. */
        public Builder stopLossTriggerPrice(@Nullable BigDecimal stopLossTriggerPrice) {
            this.stopLossTriggerPrice = stopLossTriggerPrice;
            return this;
        }

        /** Sets stopLossExecutePrice. Optional. */
        public Builder stopLossExecutePrice(@Nullable BigDecimal stopLossExecutePrice) {
            this.stopLossExecutePrice = stopLossExecutePrice;
            return this;
        }

        /** Sets stopLossTriggerType. Optional. */
        public Builder stopLossTriggerType(@Nullable FuturesTpslTriggerType stopLossTriggerType) {
            this.stopLossTriggerType = stopLossTriggerType;
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
        public FuturesPlanOrderRequest build() {
            return new FuturesPlanOrderRequest(planType, symbol, productType, marginMode, marginCoin, size, price, callbackRatio, triggerPrice, triggerType, side, tradeSide, orderType, clientOid, reduceOnly, stopSurplusTriggerPrice, stopSurplusExecutePrice, stopSurplusTriggerType, stopLossTriggerPrice, stopLossExecutePrice, stopLossTriggerType, stpMode, extraParams);
        }
    }
}
