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
 * Changes one open V3 order; wait for the result before sending another change. Build it with {@link #builder()}.
 *
 * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as {@code orderId})
 * @param clientOid your id (optional, sent as {@code clientOid})
 * @param qty new quantity in the base coin (optional, greater than 0, sent as {@code qty})
 * @param price new limit price (optional, greater than 0, sent as {@code price})
 * @param autoCancel cancel the order if the change fails (Bitget's default no) (optional, sent as {@code autoCancel})
 * @param symbol e.g. BTCUSDT (optional, sent as {@code symbol})
 * @param category the product line (optional, sent as {@code category})
 * @param tpTriggerBy price that triggers the take-profit (optional, sent as {@code tpTriggerBy})
 * @param slTriggerBy price that triggers the stop-loss (optional, sent as {@code slTriggerBy})
 * @param takeProfit new take-profit trigger price (optional, greater than 0, sent as {@code takeProfit})
 * @param stopLoss new stop-loss trigger price (optional, greater than 0, sent as {@code stopLoss})
 * @param tpOrderType order type placed when the take-profit triggers (optional, sent as {@code tpOrderType})
 * @param slOrderType order type placed when the stop-loss triggers (optional, sent as {@code slOrderType})
 * @param tpLimitPrice limit price of the take-profit order (optional, greater than 0, sent as {@code tpLimitPrice})
 * @param slLimitPrice limit price of the stop-loss order (optional, greater than 0, sent as {@code slLimitPrice})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaModifyOrderRequest(
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable BigDecimal qty,
        @Nullable BigDecimal price,
        @Nullable UtaAutoCancel autoCancel,
        @Nullable String symbol,
        @Nullable Category category,
        @Nullable TriggerBy tpTriggerBy,
        @Nullable TriggerBy slTriggerBy,
        @Nullable BigDecimal takeProfit,
        @Nullable BigDecimal stopLoss,
        @Nullable OrderType tpOrderType,
        @Nullable OrderType slOrderType,
        @Nullable BigDecimal tpLimitPrice,
        @Nullable BigDecimal slLimitPrice,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "clientOid", "qty", "price", "autoCancel", "symbol", "category", "tpTriggerBy", "slTriggerBy", "takeProfit", "stopLoss", "tpOrderType", "slOrderType", "tpLimitPrice", "slLimitPrice");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaModifyOrderRequest {
        Require.positiveIfPresent(qty, "qty");
        Require.positiveIfPresent(price, "price");
        Require.knownIfPresent(autoCancel, "autoCancel");
        Require.knownIfPresent(category, "category");
        Require.knownIfPresent(tpTriggerBy, "tpTriggerBy");
        Require.knownIfPresent(slTriggerBy, "slTriggerBy");
        Require.positiveIfPresent(takeProfit, "takeProfit");
        Require.positiveIfPresent(stopLoss, "stopLoss");
        Require.knownIfPresent(tpOrderType, "tpOrderType");
        Require.knownIfPresent(slOrderType, "slOrderType");
        Require.positiveIfPresent(tpLimitPrice, "tpLimitPrice");
        Require.positiveIfPresent(slLimitPrice, "slLimitPrice");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        Require.requiredWhen(tpOrderType == OrderType.LIMIT, tpLimitPrice, "tpLimitPrice is required when tpOrderType is limit");
        Require.requiredWhen(slOrderType == OrderType.LIMIT, slLimitPrice, "slLimitPrice is required when slOrderType is limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as {@code orderId})
     * @param clientOid your id (optional, sent as {@code clientOid})
     * @param qty new quantity in the base coin (optional, greater than 0, sent as {@code qty})
     * @param price new limit price (optional, greater than 0, sent as {@code price})
     * @param autoCancel cancel the order if the change fails (Bitget's default no) (optional, sent as {@code autoCancel})
     * @param symbol e.g. BTCUSDT (optional, sent as {@code symbol})
     * @param category the product line (optional, sent as {@code category})
     * @param tpTriggerBy price that triggers the take-profit (optional, sent as {@code tpTriggerBy})
     * @param slTriggerBy price that triggers the stop-loss (optional, sent as {@code slTriggerBy})
     * @param takeProfit new take-profit trigger price (optional, greater than 0, sent as {@code takeProfit})
     * @param stopLoss new stop-loss trigger price (optional, greater than 0, sent as {@code stopLoss})
     * @param tpOrderType order type placed when the take-profit triggers (optional, sent as {@code tpOrderType})
     * @param slOrderType order type placed when the stop-loss triggers (optional, sent as {@code slOrderType})
     * @param tpLimitPrice limit price of the take-profit order (optional, greater than 0, sent as {@code tpLimitPrice})
     * @param slLimitPrice limit price of the stop-loss order (optional, greater than 0, sent as {@code slLimitPrice})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaModifyOrderRequest(@Nullable String orderId, @Nullable String clientOid, @Nullable BigDecimal qty, @Nullable BigDecimal price, @Nullable UtaAutoCancel autoCancel, @Nullable String symbol, @Nullable Category category, @Nullable TriggerBy tpTriggerBy, @Nullable TriggerBy slTriggerBy, @Nullable BigDecimal takeProfit, @Nullable BigDecimal stopLoss, @Nullable OrderType tpOrderType, @Nullable OrderType slOrderType, @Nullable BigDecimal tpLimitPrice, @Nullable BigDecimal slLimitPrice) {
        this(orderId, clientOid, qty, price, autoCancel, symbol, category, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaModifyOrderRequest withExtraParam(String name, Object value) {
        return new UtaModifyOrderRequest(orderId, clientOid, qty, price, autoCancel, symbol, category, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, Require.withExtra(extraParams, name, value));
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
        private @Nullable BigDecimal price;
        private @Nullable UtaAutoCancel autoCancel;
        private @Nullable String symbol;
        private @Nullable Category category;
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
         * Sets {@code qty}: new quantity in the base coin (optional, greater than 0, sent as {@code qty}). Checked by {@link #build()}.
         *
         * @param qty the value, or null to leave it unset
         * @return this builder
         */
        public Builder qty(@Nullable BigDecimal qty) {
            this.qty = qty;
            return this;
        }

        /**
         * Sets {@code price}: new limit price (optional, greater than 0, sent as {@code price}). Checked by {@link #build()}.
         *
         * @param price the value, or null to leave it unset
         * @return this builder
         */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /**
         * Sets {@code autoCancel}: cancel the order if the change fails (Bitget's default no) (optional, sent as {@code autoCancel}). Checked by {@link #build()}.
         *
         * @param autoCancel the value, or null to leave it unset
         * @return this builder
         */
        public Builder autoCancel(@Nullable UtaAutoCancel autoCancel) {
            this.autoCancel = autoCancel;
            return this;
        }

        /**
         * Sets {@code symbol}: e.g. BTCUSDT (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code category}: the product line (optional, sent as {@code category}). Checked by {@link #build()}.
         *
         * @param category the value, or null to leave it unset
         * @return this builder
         */
        public Builder category(@Nullable Category category) {
            this.category = category;
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
         * Sets {@code takeProfit}: new take-profit trigger price (optional, greater than 0, sent as {@code takeProfit}). Checked by {@link #build()}.
         *
         * @param takeProfit the value, or null to leave it unset
         * @return this builder
         */
        public Builder takeProfit(@Nullable BigDecimal takeProfit) {
            this.takeProfit = takeProfit;
            return this;
        }

        /**
         * Sets {@code stopLoss}: new stop-loss trigger price (optional, greater than 0, sent as {@code stopLoss}). Checked by {@link #build()}.
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
        public UtaModifyOrderRequest build() {
            return new UtaModifyOrderRequest(orderId, clientOid, qty, price, autoCancel, symbol, category, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, extraParams);
        }
    }
}
