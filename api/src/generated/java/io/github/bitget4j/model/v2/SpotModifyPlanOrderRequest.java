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
 * @param orderId optional; Bitget's id; this or clientOid is required.
 * @param clientOid optional; your id.
 * @param triggerPrice required; new trigger price.
 * @param orderType required; limit or market.
 * @param executePrice optional; new limit price; required for a limit order.
 * @param size required; new size.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
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

    /** Without extra parameters. */
    public SpotModifyPlanOrderRequest(@Nullable String orderId, @Nullable String clientOid, BigDecimal triggerPrice, OrderType orderType, @Nullable BigDecimal executePrice, BigDecimal size) {
        this(orderId, clientOid, triggerPrice, orderType, executePrice, size, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotModifyPlanOrderRequest withExtraParam(String name, Object value) {
        return new SpotModifyPlanOrderRequest(orderId, clientOid, triggerPrice, orderType, executePrice, size, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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

        /** Bitget's id; this or clientOid is required. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** your id. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** new trigger price. Required. */
        public Builder triggerPrice(BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /** limit or market. Required. */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /** new limit price; required for a limit order. Optional. */
        public Builder executePrice(@Nullable BigDecimal executePrice) {
            this.executePrice = executePrice;
            return this;
        }

        /** new size. Required. */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public SpotModifyPlanOrderRequest build() {
            return new SpotModifyPlanOrderRequest(orderId, clientOid, triggerPrice, orderType, executePrice, size, extraParams);
        }
    }
}
