// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param planType required
 * @param orderId optional
 * @param clientOid optional
 * @param symbol required
 * @param productType required
 * @param newSize optional
 * @param newPrice optional
 * @param newCallbackRatio optional
 * @param newTriggerPrice optional
 * @param newTriggerType optional
 * @param newStopSurplusTriggerPrice optional
 * @param newStopSurplusExecutePrice optional
 * @param newStopSurplusTriggerType optional
 * @param newStopLossTriggerPrice optional
 * @param newStopLossExecutePrice optional
 * @param newStopLossTriggerType optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesModifyPlanOrderRequest(
        FuturesPlanOrderType planType,
        @Nullable String orderId,
        @Nullable String clientOid,
        String symbol,
        ProductType productType,
        @Nullable BigDecimal newSize,
        @Nullable BigDecimal newPrice,
        @Nullable BigDecimal newCallbackRatio,
        @Nullable BigDecimal newTriggerPrice,
        @Nullable FuturesTriggerType newTriggerType,
        @Nullable BigDecimal newStopSurplusTriggerPrice,
        @Nullable BigDecimal newStopSurplusExecutePrice,
        @Nullable FuturesTpslTriggerType newStopSurplusTriggerType,
        @Nullable BigDecimal newStopLossTriggerPrice,
        @Nullable BigDecimal newStopLossExecutePrice,
        @Nullable FuturesTpslTriggerType newStopLossTriggerType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("planType", "orderId", "clientOid", "symbol", "productType", "newSize", "newPrice", "newCallbackRatio", "newTriggerPrice", "newTriggerType", "newStopSurplusTriggerPrice", "newStopSurplusExecutePrice", "newStopSurplusTriggerType", "newStopLossTriggerPrice", "newStopLossExecutePrice", "newStopLossTriggerType");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesModifyPlanOrderRequest {
        Require.known(planType, "planType");
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.positiveIfPresent(newSize, "newSize");
        Require.positiveIfPresent(newPrice, "newPrice");
        Require.positiveIfPresent(newCallbackRatio, "newCallbackRatio");
        Require.positiveIfPresent(newTriggerPrice, "newTriggerPrice");
        Require.knownIfPresent(newTriggerType, "newTriggerType");
        Require.positiveIfPresent(newStopSurplusTriggerPrice, "newStopSurplusTriggerPrice");
        Require.atLeast(newStopSurplusExecutePrice, "newStopSurplusExecutePrice", "0");
        Require.knownIfPresent(newStopSurplusTriggerType, "newStopSurplusTriggerType");
        Require.positiveIfPresent(newStopLossTriggerPrice, "newStopLossTriggerPrice");
        Require.atLeast(newStopLossExecutePrice, "newStopLossExecutePrice", "0");
        Require.knownIfPresent(newStopLossTriggerType, "newStopLossTriggerType");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesModifyPlanOrderRequest(FuturesPlanOrderType planType, @Nullable String orderId, @Nullable String clientOid, String symbol, ProductType productType, @Nullable BigDecimal newSize, @Nullable BigDecimal newPrice, @Nullable BigDecimal newCallbackRatio, @Nullable BigDecimal newTriggerPrice, @Nullable FuturesTriggerType newTriggerType, @Nullable BigDecimal newStopSurplusTriggerPrice, @Nullable BigDecimal newStopSurplusExecutePrice, @Nullable FuturesTpslTriggerType newStopSurplusTriggerType, @Nullable BigDecimal newStopLossTriggerPrice, @Nullable BigDecimal newStopLossExecutePrice, @Nullable FuturesTpslTriggerType newStopLossTriggerType) {
        this(planType, orderId, clientOid, symbol, productType, newSize, newPrice, newCallbackRatio, newTriggerPrice, newTriggerType, newStopSurplusTriggerPrice, newStopSurplusExecutePrice, newStopSurplusTriggerType, newStopLossTriggerPrice, newStopLossExecutePrice, newStopLossTriggerType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesModifyPlanOrderRequest withExtraParam(String name, Object value) {
        return new FuturesModifyPlanOrderRequest(planType, orderId, clientOid, symbol, productType, newSize, newPrice, newCallbackRatio, newTriggerPrice, newTriggerType, newStopSurplusTriggerPrice, newStopSurplusExecutePrice, newStopSurplusTriggerType, newStopLossTriggerPrice, newStopLossExecutePrice, newStopLossTriggerType, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable FuturesPlanOrderType planType;
        private @Nullable String orderId;
        private @Nullable String clientOid;
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable BigDecimal newSize;
        private @Nullable BigDecimal newPrice;
        private @Nullable BigDecimal newCallbackRatio;
        private @Nullable BigDecimal newTriggerPrice;
        private @Nullable FuturesTriggerType newTriggerType;
        private @Nullable BigDecimal newStopSurplusTriggerPrice;
        private @Nullable BigDecimal newStopSurplusExecutePrice;
        private @Nullable FuturesTpslTriggerType newStopSurplusTriggerType;
        private @Nullable BigDecimal newStopLossTriggerPrice;
        private @Nullable BigDecimal newStopLossExecutePrice;
        private @Nullable FuturesTpslTriggerType newStopLossTriggerType;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets planType. Required. */
        public Builder planType(FuturesPlanOrderType planType) {
            this.planType = planType;
            return this;
        }

        /** Sets orderId. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** Sets clientOid. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** Sets symbol. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets productType. Required. */
        public Builder productType(ProductType productType) {
            this.productType = productType;
            return this;
        }

        /** Sets newSize. Optional. */
        public Builder newSize(@Nullable BigDecimal newSize) {
            this.newSize = newSize;
            return this;
        }

        /** Sets newPrice. Optional. */
        public Builder newPrice(@Nullable BigDecimal newPrice) {
            this.newPrice = newPrice;
            return this;
        }

        /** Sets newCallbackRatio. Optional. */
        public Builder newCallbackRatio(@Nullable BigDecimal newCallbackRatio) {
            this.newCallbackRatio = newCallbackRatio;
            return this;
        }

        /** Sets newTriggerPrice. Optional. */
        public Builder newTriggerPrice(@Nullable BigDecimal newTriggerPrice) {
            this.newTriggerPrice = newTriggerPrice;
            return this;
        }

        /** Sets newTriggerType. Optional. */
        public Builder newTriggerType(@Nullable FuturesTriggerType newTriggerType) {
            this.newTriggerType = newTriggerType;
            return this;
        }

        /** Sets newStopSurplusTriggerPrice. Optional. */
        public Builder newStopSurplusTriggerPrice(@Nullable BigDecimal newStopSurplusTriggerPrice) {
            this.newStopSurplusTriggerPrice = newStopSurplusTriggerPrice;
            return this;
        }

        /** Sets newStopSurplusExecutePrice. Optional. */
        public Builder newStopSurplusExecutePrice(@Nullable BigDecimal newStopSurplusExecutePrice) {
            this.newStopSurplusExecutePrice = newStopSurplusExecutePrice;
            return this;
        }

        /** Sets newStopSurplusTriggerType. Optional. */
        public Builder newStopSurplusTriggerType(@Nullable FuturesTpslTriggerType newStopSurplusTriggerType) {
            this.newStopSurplusTriggerType = newStopSurplusTriggerType;
            return this;
        }

        /** Sets newStopLossTriggerPrice. Optional. */
        public Builder newStopLossTriggerPrice(@Nullable BigDecimal newStopLossTriggerPrice) {
            this.newStopLossTriggerPrice = newStopLossTriggerPrice;
            return this;
        }

        /** Sets newStopLossExecutePrice. Optional. */
        public Builder newStopLossExecutePrice(@Nullable BigDecimal newStopLossExecutePrice) {
            this.newStopLossExecutePrice = newStopLossExecutePrice;
            return this;
        }

        /** Sets newStopLossTriggerType. Optional. */
        public Builder newStopLossTriggerType(@Nullable FuturesTpslTriggerType newStopLossTriggerType) {
            this.newStopLossTriggerType = newStopLossTriggerType;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesModifyPlanOrderRequest build() {
            return new FuturesModifyPlanOrderRequest(planType, orderId, clientOid, symbol, productType, newSize, newPrice, newCallbackRatio, newTriggerPrice, newTriggerType, newStopSurplusTriggerPrice, newStopSurplusExecutePrice, newStopSurplusTriggerType, newStopLossTriggerPrice, newStopLossExecutePrice, newStopLossTriggerType, extraParams);
        }
    }
}
