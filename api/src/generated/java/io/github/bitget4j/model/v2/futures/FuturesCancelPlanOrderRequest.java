// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param orderIdList optional; omit to cancel by symbol / plan type.
 * @param symbol optional
 * @param productType required
 * @param marginCoin optional
 * @param planType optional; omit for every type.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesCancelPlanOrderRequest(
        @Nullable List<FuturesOrderRef> orderIdList,
        @Nullable String symbol,
        ProductType productType,
        @Nullable String marginCoin,
        @Nullable FuturesPlanType planType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderIdList", "symbol", "productType", "marginCoin", "planType");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesCancelPlanOrderRequest {
        orderIdList = Require.listIfPresent(orderIdList, "orderIdList");
        Require.known(productType, "productType");
        Require.knownIfPresent(planType, "planType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesCancelPlanOrderRequest(@Nullable List<FuturesOrderRef> orderIdList, @Nullable String symbol, ProductType productType, @Nullable String marginCoin, @Nullable FuturesPlanType planType) {
        this(orderIdList, symbol, productType, marginCoin, planType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesCancelPlanOrderRequest withExtraParam(String name, Object value) {
        return new FuturesCancelPlanOrderRequest(orderIdList, symbol, productType, marginCoin, planType, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable List<FuturesOrderRef> orderIdList;
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable String marginCoin;
        private @Nullable FuturesPlanType planType;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** omit to cancel by symbol / plan type. Optional. */
        public Builder orderIdList(@Nullable List<FuturesOrderRef> orderIdList) {
            this.orderIdList = orderIdList;
            return this;
        }

        /** Sets symbol. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets productType. Required. */
        public Builder productType(ProductType productType) {
            this.productType = productType;
            return this;
        }

        /** Sets marginCoin. Optional. */
        public Builder marginCoin(@Nullable String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /** omit for every type. Optional. */
        public Builder planType(@Nullable FuturesPlanType planType) {
            this.planType = planType;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesCancelPlanOrderRequest build() {
            return new FuturesCancelPlanOrderRequest(orderIdList, symbol, productType, marginCoin, planType, extraParams);
        }
    }
}
