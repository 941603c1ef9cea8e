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
 * @param orderId optional
 * @param clientOid optional
 * @param marginCoin required
 * @param productType required
 * @param symbol required
 * @param triggerPrice required
 * @param triggerType optional
 * @param executePrice optional; 0 or absent: market.
 * @param size optional; required for partial TP/SL; leave unset for pos_profit / pos_loss.
 * @param rangeRate optional; moving_plan only.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesModifyTpslRequest(
        @Nullable String orderId,
        @Nullable String clientOid,
        String marginCoin,
        ProductType productType,
        String symbol,
        BigDecimal triggerPrice,
        @Nullable FuturesTriggerType triggerType,
        @Nullable BigDecimal executePrice,
        @Nullable BigDecimal size,
        @Nullable BigDecimal rangeRate,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "clientOid", "marginCoin", "productType", "symbol", "triggerPrice", "triggerType", "executePrice", "size", "rangeRate");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesModifyTpslRequest {
        Require.text(marginCoin, "marginCoin");
        Require.known(productType, "productType");
        Require.text(symbol, "symbol");
        Require.present(triggerPrice, "triggerPrice");
        Require.positiveIfPresent(triggerPrice, "triggerPrice");
        Require.knownIfPresent(triggerType, "triggerType");
        Require.atLeast(executePrice, "executePrice", "0");
        Require.positiveIfPresent(size, "size");
        Require.positiveIfPresent(rangeRate, "rangeRate");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesModifyTpslRequest(@Nullable String orderId, @Nullable String clientOid, String marginCoin, ProductType productType, String symbol, BigDecimal triggerPrice, @Nullable FuturesTriggerType triggerType, @Nullable BigDecimal executePrice, @Nullable BigDecimal size, @Nullable BigDecimal rangeRate) {
        this(orderId, clientOid, marginCoin, productType, symbol, triggerPrice, triggerType, executePrice, size, rangeRate, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesModifyTpslRequest withExtraParam(String name, Object value) {
        return new FuturesModifyTpslRequest(orderId, clientOid, marginCoin, productType, symbol, triggerPrice, triggerType, executePrice, size, rangeRate, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String orderId;
        private @Nullable String clientOid;
        private @Nullable String marginCoin;
        private @Nullable ProductType productType;
        private @Nullable String symbol;
        private @Nullable BigDecimal triggerPrice;
        private @Nullable FuturesTriggerType triggerType;
        private @Nullable BigDecimal executePrice;
        private @Nullable BigDecimal size;
        private @Nullable BigDecimal rangeRate;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
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

        /** 0 or absent: market. Optional. */
        public Builder executePrice(@Nullable BigDecimal executePrice) {
            this.executePrice = executePrice;
            return this;
        }

        /** required for partial TP/SL; leave unset for pos_profit / pos_loss. Optional. */
        public Builder size(@Nullable BigDecimal size) {
            this.size = size;
            return this;
        }

        /** moving_plan only. Optional. */
        public Builder rangeRate(@Nullable BigDecimal rangeRate) {
            this.rangeRate = rangeRate;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesModifyTpslRequest build() {
            return new FuturesModifyTpslRequest(orderId, clientOid, marginCoin, productType, symbol, triggerPrice, triggerType, executePrice, size, rangeRate, extraParams);
        }
    }
}
