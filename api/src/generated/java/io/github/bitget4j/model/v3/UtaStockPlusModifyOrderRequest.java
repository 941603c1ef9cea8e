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
 * @param orderId Bitget's id (required, sent as {@code orderId})
 * @param quantity the new number of shares (required, greater than 0, sent as {@code quantity})
 * @param price the new limit price (optional, greater than 0, sent as {@code price})
 * @param triggerPrice the new trigger price (optional, greater than 0, sent as {@code triggerPrice})
 * @param limitOffset the new limit offset of a trailing order (optional, sent as {@code limitOffset})
 * @param trailingAmount the new trailing amount (optional, greater than 0, sent as {@code trailingAmount})
 * @param trailingPercent the new trailing percentage (optional, greater than 0, sent as {@code trailingPercent})
 * @param limitDepthLevel the new book level the limit price follows (optional, sent as {@code limitDepthLevel})
 * @param triggerCount the new trigger count (optional, sent as {@code triggerCount})
 * @param monitorPrice the new watched price (optional, greater than 0, sent as {@code monitorPrice})
 * @param remark the new note (optional, sent as {@code remark})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
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

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's id (required, sent as {@code orderId})
     * @param quantity the new number of shares (required, greater than 0, sent as {@code quantity})
     * @param price the new limit price (optional, greater than 0, sent as {@code price})
     * @param triggerPrice the new trigger price (optional, greater than 0, sent as {@code triggerPrice})
     * @param limitOffset the new limit offset of a trailing order (optional, sent as {@code limitOffset})
     * @param trailingAmount the new trailing amount (optional, greater than 0, sent as {@code trailingAmount})
     * @param trailingPercent the new trailing percentage (optional, greater than 0, sent as {@code trailingPercent})
     * @param limitDepthLevel the new book level the limit price follows (optional, sent as {@code limitDepthLevel})
     * @param triggerCount the new trigger count (optional, sent as {@code triggerCount})
     * @param monitorPrice the new watched price (optional, greater than 0, sent as {@code monitorPrice})
     * @param remark the new note (optional, sent as {@code remark})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusModifyOrderRequest(String orderId, BigDecimal quantity, @Nullable BigDecimal price, @Nullable BigDecimal triggerPrice, @Nullable BigDecimal limitOffset, @Nullable BigDecimal trailingAmount, @Nullable BigDecimal trailingPercent, @Nullable Integer limitDepthLevel, @Nullable Integer triggerCount, @Nullable BigDecimal monitorPrice, @Nullable String remark) {
        this(orderId, quantity, price, triggerPrice, limitOffset, trailingAmount, trailingPercent, limitDepthLevel, triggerCount, monitorPrice, remark, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaStockPlusModifyOrderRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusModifyOrderRequest(orderId, quantity, price, triggerPrice, limitOffset, trailingAmount, trailingPercent, limitDepthLevel, triggerCount, monitorPrice, remark, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets orderId, quantity; the rest stay unset.
     *
     * @param orderId Bitget's id (required, sent as {@code orderId})
     * @param quantity the new number of shares (required, greater than 0, sent as {@code quantity})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaStockPlusModifyOrderRequest of(String orderId, BigDecimal quantity) {
        return new UtaStockPlusModifyOrderRequest(orderId, quantity, null, null, null, null, null, null, null, null, null, Map.of());
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

        /**
         * Sets {@code orderId}: Bitget's id (required, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value
         * @return this builder
         */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code quantity}: the new number of shares (required, greater than 0, sent as {@code quantity}). Checked by {@link #build()}.
         *
         * @param quantity the value
         * @return this builder
         */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /**
         * Sets {@code price}: the new limit price (optional, greater than 0, sent as {@code price}). Checked by {@link #build()}.
         *
         * @param price the value, or null to leave it unset
         * @return this builder
         */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /**
         * Sets {@code triggerPrice}: the new trigger price (optional, greater than 0, sent as {@code triggerPrice}). Checked by {@link #build()}.
         *
         * @param triggerPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder triggerPrice(@Nullable BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /**
         * Sets {@code limitOffset}: the new limit offset of a trailing order (optional, sent as {@code limitOffset}). Checked by {@link #build()}.
         *
         * @param limitOffset the value, or null to leave it unset
         * @return this builder
         */
        public Builder limitOffset(@Nullable BigDecimal limitOffset) {
            this.limitOffset = limitOffset;
            return this;
        }

        /**
         * Sets {@code trailingAmount}: the new trailing amount (optional, greater than 0, sent as {@code trailingAmount}). Checked by {@link #build()}.
         *
         * @param trailingAmount the value, or null to leave it unset
         * @return this builder
         */
        public Builder trailingAmount(@Nullable BigDecimal trailingAmount) {
            this.trailingAmount = trailingAmount;
            return this;
        }

        /**
         * Sets {@code trailingPercent}: the new trailing percentage (optional, greater than 0, sent as {@code trailingPercent}). Checked by {@link #build()}.
         *
         * @param trailingPercent the value, or null to leave it unset
         * @return this builder
         */
        public Builder trailingPercent(@Nullable BigDecimal trailingPercent) {
            this.trailingPercent = trailingPercent;
            return this;
        }

        /**
         * Sets {@code limitDepthLevel}: the new book level the limit price follows (optional, sent as {@code limitDepthLevel}). Checked by {@link #build()}.
         *
         * @param limitDepthLevel the value, or null to leave it unset
         * @return this builder
         */
        public Builder limitDepthLevel(@Nullable Integer limitDepthLevel) {
            this.limitDepthLevel = limitDepthLevel;
            return this;
        }

        /**
         * Sets {@code triggerCount}: the new trigger count (optional, sent as {@code triggerCount}). Checked by {@link #build()}.
         *
         * @param triggerCount the value, or null to leave it unset
         * @return this builder
         */
        public Builder triggerCount(@Nullable Integer triggerCount) {
            this.triggerCount = triggerCount;
            return this;
        }

        /**
         * Sets {@code monitorPrice}: the new watched price (optional, greater than 0, sent as {@code monitorPrice}). Checked by {@link #build()}.
         *
         * @param monitorPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder monitorPrice(@Nullable BigDecimal monitorPrice) {
            this.monitorPrice = monitorPrice;
            return this;
        }

        /**
         * Sets {@code remark}: the new note (optional, sent as {@code remark}). Checked by {@link #build()}.
         *
         * @param remark the value, or null to leave it unset
         * @return this builder
         */
        public Builder remark(@Nullable String remark) {
            this.remark = remark;
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
        public UtaStockPlusModifyOrderRequest build() {
            return new UtaStockPlusModifyOrderRequest(orderId, quantity, price, triggerPrice, limitOffset, trailingAmount, trailingPercent, limitDepthLevel, triggerCount, monitorPrice, remark, extraParams);
        }
    }
}
