// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Changes one Stock+ order. Build it with {@link #builder()}.
 *
 * @param orderId required; Bitget's id.
 * @param quantity required; the new number of shares.
 * @param price optional; the new limit price.
 * @param triggerPrice optional; the new trigger price.
 * @param limitOffset optional; the new limit offset of a trailing order.
 * @param trailingAmount optional; the new trailing amount.
 * @param trailingPercent optional; the new trailing percentage.
 * @param limitDepthLevel optional; the new book level the limit price follows.
 * @param triggerCount optional; the new trigger count.
 * @param monitorPrice optional; the new watched price.
 * @param remark optional; the new note.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusModifyOrderRequest(
        String orderId,
        BigDecimal quantity,
        @Nullable BigDecimal price,
        @Nullable BigDecimal triggerPrice,
        @Nullable BigDecimal limitOffset,
        @Nullable BigDecimal trailingAmount,
        @Nullable BigDecimal trailingPercent,
        @Nullable Integer limitDepthLevel,
        @Nullable Integer triggerCount,
        @Nullable BigDecimal monitorPrice,
        @Nullable String remark,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "quantity", "price", "triggerPrice", "limitOffset", "trailingAmount", "trailingPercent", "limitDepthLevel", "triggerCount", "monitorPrice", "remark");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaStockPlusModifyOrderRequest {
        Require.text(orderId, "orderId");
        Require.present(quantity, "quantity");
        Require.positiveIfPresent(quantity, "quantity");
        Require.positiveIfPresent(price, "price");
        Require.positiveIfPresent(triggerPrice, "triggerPrice");
        Require.positiveIfPresent(trailingAmount, "trailingAmount");
        Require.positiveIfPresent(trailingPercent, "trailingPercent");
        Require.positiveIfPresent(monitorPrice, "monitorPrice");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaStockPlusModifyOrderRequest(String orderId, BigDecimal quantity, @Nullable BigDecimal price, @Nullable BigDecimal triggerPrice, @Nullable BigDecimal limitOffset, @Nullable BigDecimal trailingAmount, @Nullable BigDecimal trailingPercent, @Nullable Integer limitDepthLevel, @Nullable Integer triggerCount, @Nullable BigDecimal monitorPrice, @Nullable String remark) {
        this(orderId, quantity, price, triggerPrice, limitOffset, trailingAmount, trailingPercent, limitDepthLevel, triggerCount, monitorPrice, remark, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaStockPlusModifyOrderRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusModifyOrderRequest(orderId, quantity, price, triggerPrice, limitOffset, trailingAmount, trailingPercent, limitDepthLevel, triggerCount, monitorPrice, remark, Require.withExtra(extraParams, name, value));
    }

    /** Sets orderId, quantity; the rest stay unset. */
    public static UtaStockPlusModifyOrderRequest of(String orderId, BigDecimal quantity) {
        return new UtaStockPlusModifyOrderRequest(orderId, quantity, null, null, null, null, null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String orderId;
        private @Nullable BigDecimal quantity;
        private @Nullable BigDecimal price;
        private @Nullable BigDecimal triggerPrice;
        private @Nullable BigDecimal limitOffset;
        private @Nullable BigDecimal trailingAmount;
        private @Nullable BigDecimal trailingPercent;
        private @Nullable Integer limitDepthLevel;
        private @Nullable Integer triggerCount;
        private @Nullable BigDecimal monitorPrice;
        private @Nullable String remark;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Bitget's id. Required. */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** the new number of shares. Required. */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /** the new limit price. Optional. */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /** the new trigger price. Optional. */
        public Builder triggerPrice(@Nullable BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /** the new limit offset of a trailing order. Optional. */
        public Builder limitOffset(@Nullable BigDecimal limitOffset) {
            this.limitOffset = limitOffset;
            return this;
        }

        /** the new trailing amount. Optional. */
        public Builder trailingAmount(@Nullable BigDecimal trailingAmount) {
            this.trailingAmount = trailingAmount;
            return this;
        }

        /** the new trailing percentage. Optional. */
        public Builder trailingPercent(@Nullable BigDecimal trailingPercent) {
            this.trailingPercent = trailingPercent;
            return this;
        }

        /** the new book level the limit price follows. Optional. */
        public Builder limitDepthLevel(@Nullable Integer limitDepthLevel) {
            this.limitDepthLevel = limitDepthLevel;
            return this;
        }

        /** the new trigger count. Optional. */
        public Builder triggerCount(@Nullable Integer triggerCount) {
            this.triggerCount = triggerCount;
            return this;
        }

        /** the new watched price. Optional. */
        public Builder monitorPrice(@Nullable BigDecimal monitorPrice) {
            this.monitorPrice = monitorPrice;
            return this;
        }

        /** the new note. Optional. */
        public Builder remark(@Nullable String remark) {
            this.remark = remark;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaStockPlusModifyOrderRequest build() {
            return new UtaStockPlusModifyOrderRequest(orderId, quantity, price, triggerPrice, limitOffset, trailingAmount, trailingPercent, limitDepthLevel, triggerCount, monitorPrice, remark, extraParams);
        }
    }
}
