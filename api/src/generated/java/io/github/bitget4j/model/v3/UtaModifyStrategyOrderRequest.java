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
 * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as {@code orderId})
 * @param clientOid your id (optional, sent as {@code clientOid})
 * @param qty quantity in the base coin (required, greater than 0, sent as {@code qty})
 * @param tpTriggerBy price that triggers the take-profit (optional, sent as {@code tpTriggerBy})
 * @param slTriggerBy price that triggers the stop-loss (optional, sent as {@code slTriggerBy})
 * @param takeProfit take-profit trigger price (optional, greater than 0, sent as {@code takeProfit})
 * @param stopLoss stop-loss trigger price (optional, greater than 0, sent as {@code stopLoss})
 * @param tpOrderType order type placed when the take-profit triggers (optional, sent as {@code tpOrderType})
 * @param slOrderType order type placed when the stop-loss triggers (optional, sent as {@code slOrderType})
 * @param tpLimitPrice limit price of the take-profit order (optional, greater than 0, sent as {@code tpLimitPrice})
 * @param slLimitPrice limit price of the stop-loss order (optional, greater than 0, sent as {@code slLimitPrice})
 * @param triggerBy trigger orders: the price watched (optional, sent as {@code triggerBy})
 * @param triggerPrice trigger orders: the trigger price (optional, greater than 0, sent as {@code triggerPrice})
 * @param triggerOrderType trigger orders: order type placed when triggered (optional, sent as {@code triggerOrderType})
 * @param triggerOrderPrice trigger orders: limit price of that order (optional, greater than 0, sent as {@code triggerOrderPrice})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
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

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as {@code orderId})
     * @param clientOid your id (optional, sent as {@code clientOid})
     * @param qty quantity in the base coin (required, greater than 0, sent as {@code qty})
     * @param tpTriggerBy price that triggers the take-profit (optional, sent as {@code tpTriggerBy})
     * @param slTriggerBy price that triggers the stop-loss (optional, sent as {@code slTriggerBy})
     * @param takeProfit take-profit trigger price (optional, greater than 0, sent as {@code takeProfit})
     * @param stopLoss stop-loss trigger price (optional, greater than 0, sent as {@code stopLoss})
     * @param tpOrderType order type placed when the take-profit triggers (optional, sent as {@code tpOrderType})
     * @param slOrderType order type placed when the stop-loss triggers (optional, sent as {@code slOrderType})
     * @param tpLimitPrice limit price of the take-profit order (optional, greater than 0, sent as {@code tpLimitPrice})
     * @param slLimitPrice limit price of the stop-loss order (optional, greater than 0, sent as {@code slLimitPrice})
     * @param triggerBy trigger orders: the price watched (optional, sent as {@code triggerBy})
     * @param triggerPrice trigger orders: the trigger price (optional, greater than 0, sent as {@code triggerPrice})
     * @param triggerOrderType trigger orders: order type placed when triggered (optional, sent as {@code triggerOrderType})
     * @param triggerOrderPrice trigger orders: limit price of that order (optional, greater than 0, sent as {@code triggerOrderPrice})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaModifyStrategyOrderRequest(@Nullable String orderId, @Nullable String clientOid, BigDecimal qty, @Nullable TriggerBy tpTriggerBy, @Nullable TriggerBy slTriggerBy, @Nullable BigDecimal takeProfit, @Nullable BigDecimal stopLoss, @Nullable OrderType tpOrderType, @Nullable OrderType slOrderType, @Nullable BigDecimal tpLimitPrice, @Nullable BigDecimal slLimitPrice, @Nullable TriggerBy triggerBy, @Nullable BigDecimal triggerPrice, @Nullable OrderType triggerOrderType, @Nullable BigDecimal triggerOrderPrice) {
        this(orderId, clientOid, qty, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, triggerBy, triggerPrice, triggerOrderType, triggerOrderPrice, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaModifyStrategyOrderRequest withExtraParam(String name, Object value) {
        return new UtaModifyStrategyOrderRequest(orderId, clientOid, qty, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, triggerBy, triggerPrice, triggerOrderType, triggerOrderPrice, Require.withExtra(extraParams, name, value));
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

        /**
         * Sets {@code orderId}: Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value, or null to leave it unset
         * @return this builder
         */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code clientOid}: your id (optional, sent as {@code clientOid}). Checked by {@link #build()}.
         *
         * @param clientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /**
         * Sets {@code qty}: quantity in the base coin (required, greater than 0, sent as {@code qty}). Checked by {@link #build()}.
         *
         * @param qty the value
         * @return this builder
         */
        public Builder qty(BigDecimal qty) {
            this.qty = qty;
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
         * Sets {@code triggerBy}: trigger orders: the price watched (optional, sent as {@code triggerBy}). Checked by {@link #build()}.
         *
         * @param triggerBy the value, or null to leave it unset
         * @return this builder
         */
        public Builder triggerBy(@Nullable TriggerBy triggerBy) {
            this.triggerBy = triggerBy;
            return this;
        }

        /**
         * Sets {@code triggerPrice}: trigger orders: the trigger price (optional, greater than 0, sent as {@code triggerPrice}). Checked by {@link #build()}.
         *
         * @param triggerPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder triggerPrice(@Nullable BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /**
         * Sets {@code triggerOrderType}: trigger orders: order type placed when triggered (optional, sent as {@code triggerOrderType}). Checked by {@link #build()}.
         *
         * @param triggerOrderType the value, or null to leave it unset
         * @return this builder
         */
        public Builder triggerOrderType(@Nullable OrderType triggerOrderType) {
            this.triggerOrderType = triggerOrderType;
            return this;
        }

        /**
         * Sets {@code triggerOrderPrice}: trigger orders: limit price of that order (optional, greater than 0, sent as {@code triggerOrderPrice}). Checked by {@link #build()}.
         *
         * @param triggerOrderPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder triggerOrderPrice(@Nullable BigDecimal triggerOrderPrice) {
            this.triggerOrderPrice = triggerOrderPrice;
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
        public UtaModifyStrategyOrderRequest build() {
            return new UtaModifyStrategyOrderRequest(orderId, clientOid, qty, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, triggerBy, triggerPrice, triggerOrderType, triggerOrderPrice, extraParams);
        }
    }
}
