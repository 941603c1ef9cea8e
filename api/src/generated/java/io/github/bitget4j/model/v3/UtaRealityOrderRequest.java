// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new V3 order on a Reality stock token pair. Build it with {@link #builder()}.
 *
 * @param category optional; SPOT or MARGIN.
 * @param symbol required; e.g. rAAPLUSDT.
 * @param side required; buy or sell.
 * @param orderType required; limit or market.
 * @param qty required; quantity.
 * @param price optional; limit price; required for limit orders.
 * @param clientOid optional; your own id for the order.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaRealityOrderRequest(
        @Nullable Category category,
        String symbol,
        Side side,
        OrderType orderType,
        BigDecimal qty,
        @Nullable BigDecimal price,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "side", "orderType", "qty", "price", "clientOid");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaRealityOrderRequest {
        Require.knownIfPresent(category, "category");
        Require.text(symbol, "symbol");
        Require.known(side, "side");
        Require.known(orderType, "orderType");
        Require.present(qty, "qty");
        Require.positiveIfPresent(qty, "qty");
        Require.positiveIfPresent(price, "price");
        Require.requiredWhen(orderType == OrderType.LIMIT, price, "price is required when orderType is limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaRealityOrderRequest(@Nullable Category category, String symbol, Side side, OrderType orderType, BigDecimal qty, @Nullable BigDecimal price, @Nullable String clientOid) {
        this(category, symbol, side, orderType, qty, price, clientOid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaRealityOrderRequest withExtraParam(String name, Object value) {
        return new UtaRealityOrderRequest(category, symbol, side, orderType, qty, price, clientOid, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Category category;
        private @Nullable String symbol;
        private @Nullable Side side;
        private @Nullable OrderType orderType;
        private @Nullable BigDecimal qty;
        private @Nullable BigDecimal price;
        private @Nullable String clientOid;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** SPOT or MARGIN. Optional. */
        public Builder category(@Nullable Category category) {
            this.category = category;
            return this;
        }

        /** e.g. rAAPLUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** buy or sell. Required. */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /** limit or market. Required. */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /** quantity. Required. */
        public Builder qty(BigDecimal qty) {
            this.qty = qty;
            return this;
        }

        /** limit price; required for limit orders. Optional. */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /** your own id for the order. Optional. */
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
        public UtaRealityOrderRequest build() {
            return new UtaRealityOrderRequest(category, symbol, side, orderType, qty, price, clientOid, extraParams);
        }
    }
}
