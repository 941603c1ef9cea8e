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
 * @param symbol required
 * @param productType required
 * @param marginCoin optional
 * @param orderId optional
 * @param clientOid optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesCancelOrderRequest(
        String symbol,
        ProductType productType,
        @Nullable String marginCoin,
        @Nullable String orderId,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "marginCoin", "orderId", "clientOid");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesCancelOrderRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesCancelOrderRequest(String symbol, ProductType productType, @Nullable String marginCoin, @Nullable String orderId, @Nullable String clientOid) {
        this(symbol, productType, marginCoin, orderId, clientOid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesCancelOrderRequest withExtraParam(String name, Object value) {
        return new FuturesCancelOrderRequest(symbol, productType, marginCoin, orderId, clientOid, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, productType, orderId; the rest stay unset. */
    public static FuturesCancelOrderRequest byOrderId(String symbol, ProductType productType, String orderId) {
        return new FuturesCancelOrderRequest(symbol, productType, null, Require.text(orderId, "orderId"), null, Map.of());
    }

    /** Sets symbol, productType, clientOid; the rest stay unset. */
    public static FuturesCancelOrderRequest byClientOid(String symbol, ProductType productType, String clientOid) {
        return new FuturesCancelOrderRequest(symbol, productType, null, null, Require.text(clientOid, "clientOid"), Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable String marginCoin;
        private @Nullable String orderId;
        private @Nullable String clientOid;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
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

        /** Sets marginCoin. Optional. */
        public Builder marginCoin(@Nullable String marginCoin) {
            this.marginCoin = marginCoin;
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

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesCancelOrderRequest build() {
            return new FuturesCancelOrderRequest(symbol, productType, marginCoin, orderId, clientOid, extraParams);
        }
    }
}
