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
 * @param orderId optional; Bitget's id; this or clientOid is required, orderId wins when both are set.
 * @param clientOid optional; your id.
 * @param qty optional; new quantity in the base coin.
 * @param price optional; new limit price.
 * @param autoCancel optional; cancel the order if the change fails (Bitget's default no).
 * @param symbol optional; e.g. BTCUSDT.
 * @param category optional; the product line.
 * @param tpTriggerBy optional; price that triggers the take-profit.
 * @param slTriggerBy optional; price that triggers the stop-loss.
 * @param takeProfit optional; new take-profit trigger price.
 * @param stopLoss optional; new stop-loss trigger price.
 * @param tpOrderType optional; order type placed when the take-profit triggers.
 * @param slOrderType optional; order type placed when the stop-loss triggers.
 * @param tpLimitPrice optional; limit price of the take-profit order.
 * @param slLimitPrice optional; limit price of the stop-loss order.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
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

    /** Without extra parameters. */
    public UtaModifyOrderRequest(@Nullable String orderId, @Nullable String clientOid, @Nullable BigDecimal qty, @Nullable BigDecimal price, @Nullable UtaAutoCancel autoCancel, @Nullable String symbol, @Nullable Category category, @Nullable TriggerBy tpTriggerBy, @Nullable TriggerBy slTriggerBy, @Nullable BigDecimal takeProfit, @Nullable BigDecimal stopLoss, @Nullable OrderType tpOrderType, @Nullable OrderType slOrderType, @Nullable BigDecimal tpLimitPrice, @Nullable BigDecimal slLimitPrice) {
        this(orderId, clientOid, qty, price, autoCancel, symbol, category, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaModifyOrderRequest withExtraParam(String name, Object value) {
        return new UtaModifyOrderRequest(orderId, clientOid, qty, price, autoCancel, symbol, category, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, Require.withExtra(extraParams, name, value));
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

        /** new quantity in the base coin. Optional. */
        public Builder qty(@Nullable BigDecimal qty) {
            this.qty = qty;
            return this;
        }

        /** new limit price. Optional. */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /** cancel the order if the change fails (Bitget's default no). Optional. */
        public Builder autoCancel(@Nullable UtaAutoCancel autoCancel) {
            this.autoCancel = autoCancel;
            return this;
        }

        /** e.g. BTCUSDT. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** the product line. Optional. */
        public Builder category(@Nullable Category category) {
            this.category = category;
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

        /** new take-profit trigger price. Optional. */
        public Builder takeProfit(@Nullable BigDecimal takeProfit) {
            this.takeProfit = takeProfit;
            return this;
        }

        /** new stop-loss trigger price. Optional. */
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

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaModifyOrderRequest build() {
            return new UtaModifyOrderRequest(orderId, clientOid, qty, price, autoCancel, symbol, category, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, extraParams);
        }
    }
}
