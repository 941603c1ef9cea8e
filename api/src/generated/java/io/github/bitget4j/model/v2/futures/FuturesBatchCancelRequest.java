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
 * @param orderIdList optional; omit to cancel every order of the symbol.
 * @param symbol optional
 * @param productType required
 * @param marginCoin optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesBatchCancelRequest(
        @Nullable List<FuturesOrderRef> orderIdList,
        @Nullable String symbol,
        ProductType productType,
        @Nullable String marginCoin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderIdList", "symbol", "productType", "marginCoin");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesBatchCancelRequest {
        orderIdList = Require.listIfPresent(orderIdList, "orderIdList");
        Require.known(productType, "productType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesBatchCancelRequest(@Nullable List<FuturesOrderRef> orderIdList, @Nullable String symbol, ProductType productType, @Nullable String marginCoin) {
        this(orderIdList, symbol, productType, marginCoin, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesBatchCancelRequest withExtraParam(String name, Object value) {
        return new FuturesBatchCancelRequest(orderIdList, symbol, productType, marginCoin, Require.withExtra(extraParams, name, value));
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
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** omit to cancel every order of the symbol. Optional. */
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

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesBatchCancelRequest build() {
            return new FuturesBatchCancelRequest(orderIdList, symbol, productType, marginCoin, extraParams);
        }
    }
}
