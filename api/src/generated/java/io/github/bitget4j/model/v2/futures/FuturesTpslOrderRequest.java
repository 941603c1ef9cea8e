// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.StpMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param marginCoin required
 * @param productType required
 * @param symbol required
 * @param planType required
 * @param triggerPrice required
 * @param triggerType optional
 * @param executePrice optional; 0 or absent: market; not allowed for moving_plan.
 * @param holdSide required
 * @param size optional; required for profit_plan, loss_plan and moving_plan.
 * @param rangeRate optional; callback rate, moving_plan only.
 * @param clientOid optional
 * @param stpMode optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesTpslOrderRequest(
        String marginCoin,
        ProductType productType,
        String symbol,
        FuturesTpslPlanType planType,
        BigDecimal triggerPrice,
        @Nullable FuturesTriggerType triggerType,
        @Nullable BigDecimal executePrice,
        FuturesTpslHoldSide holdSide,
        @Nullable BigDecimal size,
        @Nullable BigDecimal rangeRate,
        @Nullable String clientOid,
        @Nullable StpMode stpMode,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginCoin", "productType", "symbol", "planType", "triggerPrice", "triggerType", "executePrice", "holdSide", "size", "rangeRate", "clientOid", "stpMode");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesTpslOrderRequest {
        Require.text(marginCoin, "marginCoin");
        Require.known(productType, "productType");
        Require.text(symbol, "symbol");
        Require.known(planType, "planType");
        Require.present(triggerPrice, "triggerPrice");
        Require.positiveIfPresent(triggerPrice, "triggerPrice");
        Require.knownIfPresent(triggerType, "triggerType");
        Require.atLeast(executePrice, "executePrice", "0");
        Require.known(holdSide, "holdSide");
        Require.positiveIfPresent(size, "size");
        Require.positiveIfPresent(rangeRate, "rangeRate");
        Require.knownIfPresent(stpMode, "stpMode");
        Require.requiredWhen(planType == FuturesTpslPlanType.PROFIT_PLAN, size, "size is required when planType is profit_plan");
        Require.requiredWhen(planType == FuturesTpslPlanType.LOSS_PLAN, size, "size is required when planType is loss_plan");
        Require.requiredWhen(planType == FuturesTpslPlanType.MOVING_PLAN, size, "size is required when planType is moving_plan");
        Require.requiredWhen(planType == FuturesTpslPlanType.MOVING_PLAN, rangeRate, "rangeRate is required when planType is moving_plan");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesTpslOrderRequest(String marginCoin, ProductType productType, String symbol, FuturesTpslPlanType planType, BigDecimal triggerPrice, @Nullable FuturesTriggerType triggerType, @Nullable BigDecimal executePrice, FuturesTpslHoldSide holdSide, @Nullable BigDecimal size, @Nullable BigDecimal rangeRate, @Nullable String clientOid, @Nullable StpMode stpMode) {
        this(marginCoin, productType, symbol, planType, triggerPrice, triggerType, executePrice, holdSide, size, rangeRate, clientOid, stpMode, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesTpslOrderRequest withExtraParam(String name, Object value) {
        return new FuturesTpslOrderRequest(marginCoin, productType, symbol, planType, triggerPrice, triggerType, executePrice, holdSide, size, rangeRate, clientOid, stpMode, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String marginCoin;
        private @Nullable ProductType productType;
        private @Nullable String symbol;
        private @Nullable FuturesTpslPlanType planType;
        private @Nullable BigDecimal triggerPrice;
        private @Nullable FuturesTriggerType triggerType;
        private @Nullable BigDecimal executePrice;
        private @Nullable FuturesTpslHoldSide holdSide;
        private @Nullable BigDecimal size;
        private @Nullable BigDecimal rangeRate;
        private @Nullable String clientOid;
        private @Nullable StpMode stpMode;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets marginCoin. Required. */
        public Builder marginCoin(String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /** Sets productType. Required. */
        public Builder productType(ProductType productType) {
            this.productType = productType;
            return this;
        }

        /** Sets symbol. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets planType. Required. */
        public Builder planType(FuturesTpslPlanType planType) {
            this.planType = planType;
            return this;
        }

        /** Sets triggerPrice. Required. */
        public Builder triggerPrice(BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /** Sets triggerType. Optional. */
        public Builder triggerType(@Nullable FuturesTriggerType triggerType) {
            this.triggerType = triggerType;
            return this;
        }

        /** 0 or absent: market; not allowed for moving_plan. Optional. */
        public Builder executePrice(@Nullable BigDecimal executePrice) {
            this.executePrice = executePrice;
            return this;
        }

        /** Sets holdSide. Required. */
        public Builder holdSide(FuturesTpslHoldSide holdSide) {
            this.holdSide = holdSide;
            return this;
        }

        /** required for profit_plan, loss_plan and moving_plan. Optional. */
        public Builder size(@Nullable BigDecimal size) {
            this.size = size;
            return this;
        }

        /** callback rate, moving_plan only. Optional. */
        public Builder rangeRate(@Nullable BigDecimal rangeRate) {
            this.rangeRate = rangeRate;
            return this;
        }

        /** Sets clientOid. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
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
        public FuturesTpslOrderRequest build() {
            return new FuturesTpslOrderRequest(marginCoin, productType, symbol, planType, triggerPrice, triggerType, executePrice, holdSide, size, rangeRate, clientOid, stpMode, extraParams);
        }
    }
}
