// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * a new price and size must be sent together. Build it with {@link #builder()}.
 *
 * @param orderId optional
 * @param clientOid optional
 * @param symbol required
 * @param productType required
 * @param marginCoin required
 * @param newClientOid required; client id of the replacement order.
 * @param newSize optional
 * @param newPrice optional
 * @param newPresetStopSurplusPrice optional
 * @param newPresetStopLossPrice optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesModifyOrderRequest(
        @Nullable String orderId,
        @Nullable String clientOid,
        String symbol,
        ProductType productType,
        String marginCoin,
        String newClientOid,
        @Nullable BigDecimal newSize,
        @Nullable BigDecimal newPrice,
        @Nullable BigDecimal newPresetStopSurplusPrice,
        @Nullable BigDecimal newPresetStopLossPrice,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "clientOid", "symbol", "productType", "marginCoin", "newClientOid", "newSize", "newPrice", "newPresetStopSurplusPrice", "newPresetStopLossPrice");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesModifyOrderRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.text(marginCoin, "marginCoin");
        Require.text(newClientOid, "newClientOid");
        Require.positiveIfPresent(newSize, "newSize");
        Require.positiveIfPresent(newPrice, "newPrice");
        Require.positiveIfPresent(newPresetStopSurplusPrice, "newPresetStopSurplusPrice");
        Require.positiveIfPresent(newPresetStopLossPrice, "newPresetStopLossPrice");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesModifyOrderRequest(@Nullable String orderId, @Nullable String clientOid, String symbol, ProductType productType, String marginCoin, String newClientOid, @Nullable BigDecimal newSize, @Nullable BigDecimal newPrice, @Nullable BigDecimal newPresetStopSurplusPrice, @Nullable BigDecimal newPresetStopLossPrice) {
        this(orderId, clientOid, symbol, productType, marginCoin, newClientOid, newSize, newPrice, newPresetStopSurplusPrice, newPresetStopLossPrice, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesModifyOrderRequest withExtraParam(String name, Object value) {
        return new FuturesModifyOrderRequest(orderId, clientOid, symbol, productType, marginCoin, newClientOid, newSize, newPrice, newPresetStopSurplusPrice, newPresetStopLossPrice, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String orderId;
        private @Nullable String clientOid;
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable String marginCoin;
        private @Nullable String newClientOid;
        private @Nullable BigDecimal newSize;
        private @Nullable BigDecimal newPrice;
        private @Nullable BigDecimal newPresetStopSurplusPrice;
        private @Nullable BigDecimal newPresetStopLossPrice;
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

        /** Sets marginCoin. Required. */
        public Builder marginCoin(String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /** client id of the replacement order. Required. */
        public Builder newClientOid(String newClientOid) {
            this.newClientOid = newClientOid;
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

        /** Sets newPresetStopSurplusPrice. Optional. */
        public Builder newPresetStopSurplusPrice(@Nullable BigDecimal newPresetStopSurplusPrice) {
            this.newPresetStopSurplusPrice = newPresetStopSurplusPrice;
            return this;
        }

        /** Sets newPresetStopLossPrice. Optional. */
        public Builder newPresetStopLossPrice(@Nullable BigDecimal newPresetStopLossPrice) {
            this.newPresetStopLossPrice = newPresetStopLossPrice;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesModifyOrderRequest build() {
            return new FuturesModifyOrderRequest(orderId, clientOid, symbol, productType, marginCoin, newClientOid, newSize, newPrice, newPresetStopSurplusPrice, newPresetStopLossPrice, extraParams);
        }
    }
}
