// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.OrderType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * New terms of a V2 spot plan order. Build it with {@link #builder()}.
 *
 * @param orderId Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
 * @param clientOid your id (optional, sent as {@code clientOid})
 * @param triggerPrice new trigger price (required, greater than 0, sent as {@code triggerPrice})
 * @param orderType limit or market (required, sent as {@code orderType})
 * @param executePrice new limit price; required for a limit order (optional, greater than 0, sent as {@code executePrice})
 * @param size new size (required, greater than 0, sent as {@code size})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotModifyPlanOrderRequest(
        @Nullable String orderId,
        @Nullable String clientOid,
        BigDecimal triggerPrice,
        OrderType orderType,
        @Nullable BigDecimal executePrice,
        BigDecimal size,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "clientOid", "triggerPrice", "orderType", "executePrice", "size");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotModifyPlanOrderRequest {
        Require.present(triggerPrice, "triggerPrice");
        Require.positiveIfPresent(triggerPrice, "triggerPrice");
        Require.known(orderType, "orderType");
        Require.positiveIfPresent(executePrice, "executePrice");
        Require.present(size, "size");
        Require.positiveIfPresent(size, "size");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        Require.requiredWhen(orderType == OrderType.LIMIT, executePrice, "executePrice is required when orderType is limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
     * @param clientOid your id (optional, sent as {@code clientOid})
     * @param triggerPrice new trigger price (required, greater than 0, sent as {@code triggerPrice})
     * @param orderType limit or market (required, sent as {@code orderType})
     * @param executePrice new limit price; required for a limit order (optional, greater than 0, sent as {@code executePrice})
     * @param size new size (required, greater than 0, sent as {@code size})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotModifyPlanOrderRequest(@Nullable String orderId, @Nullable String clientOid, BigDecimal triggerPrice, OrderType orderType, @Nullable BigDecimal executePrice, BigDecimal size) {
        this(orderId, clientOid, triggerPrice, orderType, executePrice, size, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotModifyPlanOrderRequest withExtraParam(String name, Object value) {
        return new SpotModifyPlanOrderRequest(orderId, clientOid, triggerPrice, orderType, executePrice, size, Require.withExtra(extraParams, name, value));
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
        private @Nullable BigDecimal triggerPrice;
        private @Nullable OrderType orderType;
        private @Nullable BigDecimal executePrice;
        private @Nullable BigDecimal size;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code orderId}: Bitget's id; this or clientOid is required (optional, sent as {@code orderId}). Checked by {@link #build()}.
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
         * Sets {@code triggerPrice}: new trigger price (required, greater than 0, sent as {@code triggerPrice}). Checked by {@link #build()}.
         *
         * @param triggerPrice the value
         * @return this builder
         */
        public Builder triggerPrice(BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /**
         * Sets {@code orderType}: limit or market (required, sent as {@code orderType}). Checked by {@link #build()}.
         *
         * @param orderType the value
         * @return this builder
         */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /**
         * Sets {@code executePrice}: new limit price; required for a limit order (optional, greater than 0, sent as {@code executePrice}). Checked by {@link #build()}.
         *
         * @param executePrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder executePrice(@Nullable BigDecimal executePrice) {
            this.executePrice = executePrice;
            return this;
        }

        /**
         * Sets {@code size}: new size (required, greater than 0, sent as {@code size}). Checked by {@link #build()}.
         *
         * @param size the value
         * @return this builder
         */
        public Builder size(BigDecimal size) {
            this.size = size;
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
        public SpotModifyPlanOrderRequest build() {
            return new SpotModifyPlanOrderRequest(orderId, clientOid, triggerPrice, orderType, executePrice, size, extraParams);
        }
    }
}
