// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.OrderType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Changes one live V3 strategy order. Build it with {@link #builder()}.
 *
 * @param orderId optional; Bitget's id; this or clientOid is required, orderId wins when both are set.
 * @param clientOid optional; your id.
 * @param qty required; quantity in the base coin.
 * @param tpTriggerBy optional; price that triggers the take-profit.
 * @param slTriggerBy optional; price that triggers the stop-loss.
 * @param takeProfit optional; take-profit trigger price.
 * @param stopLoss optional; stop-loss trigger price.
 * @param tpOrderType optional; order type placed when the take-profit triggers.
 * @param slOrderType optional; order type placed when the stop-loss triggers.
 * @param tpLimitPrice optional; limit price of the take-profit order.
 * @param slLimitPrice optional; limit price of the stop-loss order.
 * @param triggerBy optional; trigger orders: the price watched.
 * @param triggerPrice optional; trigger orders: the trigger price.
 * @param triggerOrderType optional; trigger orders: order type placed when triggered.
 * @param triggerOrderPrice optional; trigger orders: limit price of that order.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaModifyStrategyOrderRequest(
        @Nullable String orderId,
        @Nullable String clientOid,
        BigDecimal qty,
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

    private static final List<String> WIRE_NAMES = List.of("orderId", "clientOid", "qty", "tpTriggerBy", "slTriggerBy", "takeProfit", "stopLoss", "tpOrderType", "slOrderType", "tpLimitPrice", "slLimitPrice", "triggerBy", "triggerPrice", "triggerOrderType", "triggerOrderPrice");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaModifyStrategyOrderRequest {
        Require.present(qty, "qty");
        Require.positiveIfPresent(qty, "qty");
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
        Require.either(orderId, "orderId", clientOid, "clientOid");
        Require.requiredWhen(tpOrderType == OrderType.LIMIT, tpLimitPrice, "tpLimitPrice is required when tpOrderType is limit");
        Require.requiredWhen(slOrderType == OrderType.LIMIT, slLimitPrice, "slLimitPrice is required when slOrderType is limit");
        Require.requiredWhen(triggerOrderType == OrderType.LIMIT, triggerOrderPrice, "triggerOrderPrice is required when triggerOrderType is limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaModifyStrategyOrderRequest(@Nullable String orderId, @Nullable String clientOid, BigDecimal qty, @Nullable TriggerBy tpTriggerBy, @Nullable TriggerBy slTriggerBy, @Nullable BigDecimal takeProfit, @Nullable BigDecimal stopLoss, @Nullable OrderType tpOrderType, @Nullable OrderType slOrderType, @Nullable BigDecimal tpLimitPrice, @Nullable BigDecimal slLimitPrice, @Nullable TriggerBy triggerBy, @Nullable BigDecimal triggerPrice, @Nullable OrderType triggerOrderType, @Nullable BigDecimal triggerOrderPrice) {
        this(orderId, clientOid, qty, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, triggerBy, triggerPrice, triggerOrderType, triggerOrderPrice, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaModifyStrategyOrderRequest withExtraParam(String name, Object value) {
        return new UtaModifyStrategyOrderRequest(orderId, clientOid, qty, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, triggerBy, triggerPrice, triggerOrderType, triggerOrderPrice, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String orderId;
        private @Nullable String clientOid;
        private @Nullable BigDecimal qty;
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

        /** Bitget's id; this or clientOid is required, orderId wins when both are set. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** your id. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** quantity in the base coin. Required. */
        public Builder qty(BigDecimal qty) {
            this.qty = qty;
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
        public UtaModifyStrategyOrderRequest build() {
            return new UtaModifyStrategyOrderRequest(orderId, clientOid, qty, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, triggerBy, triggerPrice, triggerOrderType, triggerOrderPrice, extraParams);
        }
    }
}
