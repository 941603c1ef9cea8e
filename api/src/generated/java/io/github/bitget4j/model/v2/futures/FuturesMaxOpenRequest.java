// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.OrderType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param symbol required
 * @param productType required
 * @param marginCoin required
 * @param posSide required
 * @param orderType required
 * @param openPrice optional; required for a limit order.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesMaxOpenRequest(
        String symbol,
        ProductType productType,
        String marginCoin,
        FuturesHoldSide posSide,
        OrderType orderType,
        @Nullable BigDecimal openPrice,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "marginCoin", "posSide", "orderType", "openPrice");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesMaxOpenRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.text(marginCoin, "marginCoin");
        Require.known(posSide, "posSide");
        Require.known(orderType, "orderType");
        Require.positiveIfPresent(openPrice, "openPrice");
        Require.requiredWhen(orderType == OrderType.LIMIT, openPrice, "openPrice is required when orderType is limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesMaxOpenRequest(String symbol, ProductType productType, String marginCoin, FuturesHoldSide posSide, OrderType orderType, @Nullable BigDecimal openPrice) {
        this(symbol, productType, marginCoin, posSide, orderType, openPrice, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesMaxOpenRequest withExtraParam(String name, Object value) {
        return new FuturesMaxOpenRequest(symbol, productType, marginCoin, posSide, orderType, openPrice, Require.withExtra(extraParams, name, value));
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
        private @Nullable FuturesHoldSide posSide;
        private @Nullable OrderType orderType;
        private @Nullable BigDecimal openPrice;
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

        /** Sets marginCoin. Required. */
        public Builder marginCoin(String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /** Sets posSide. Required. */
        public Builder posSide(FuturesHoldSide posSide) {
            this.posSide = posSide;
            return this;
        }

        /** Sets orderType. Required. */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /** required for a limit order. Optional. */
        public Builder openPrice(@Nullable BigDecimal openPrice) {
            this.openPrice = openPrice;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesMaxOpenRequest build() {
            return new FuturesMaxOpenRequest(symbol, productType, marginCoin, posSide, orderType, openPrice, extraParams);
        }
    }
}
