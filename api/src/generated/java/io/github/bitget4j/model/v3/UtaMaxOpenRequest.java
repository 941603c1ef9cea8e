// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
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
 * The order to size. Build it with {@link #builder()}.
 *
 * @param category required
 * @param symbol required; e.g. BTCUSDT.
 * @param orderType required; limit or market.
 * @param side required; buy or sell.
 * @param price optional; limit price; required for a limit order.
 * @param size optional; quantity in the base coin.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaMaxOpenRequest(
        Category category,
        String symbol,
        OrderType orderType,
        Side side,
        @Nullable BigDecimal price,
        @Nullable BigDecimal size,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "orderType", "side", "price", "size");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaMaxOpenRequest {
        Require.known(category, "category");
        Require.text(symbol, "symbol");
        Require.known(orderType, "orderType");
        Require.known(side, "side");
        Require.positiveIfPresent(price, "price");
        Require.positiveIfPresent(size, "size");
        Require.requiredWhen(orderType == OrderType.LIMIT, price, "price is required when orderType is limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaMaxOpenRequest(Category category, String symbol, OrderType orderType, Side side, @Nullable BigDecimal price, @Nullable BigDecimal size) {
        this(category, symbol, orderType, side, price, size, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaMaxOpenRequest withExtraParam(String name, Object value) {
        return new UtaMaxOpenRequest(category, symbol, orderType, side, price, size, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Category category;
        private @Nullable String symbol;
        private @Nullable OrderType orderType;
        private @Nullable Side side;
        private @Nullable BigDecimal price;
        private @Nullable BigDecimal size;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets category. Required. */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** e.g. BTCUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** limit or market. Required. */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /** buy or sell. Required. */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /** limit price; required for a limit order. Optional. */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /** quantity in the base coin. Optional. */
        public Builder size(@Nullable BigDecimal size) {
            this.size = size;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaMaxOpenRequest build() {
            return new UtaMaxOpenRequest(category, symbol, orderType, side, price, size, extraParams);
        }
    }
}
