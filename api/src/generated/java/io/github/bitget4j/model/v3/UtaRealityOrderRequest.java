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
 * @param category SPOT or MARGIN (optional, sent as {@code category})
 * @param symbol e.g. rAAPLUSDT (required, sent as {@code symbol})
 * @param side buy or sell (required, sent as {@code side})
 * @param orderType limit or market (required, sent as {@code orderType})
 * @param qty quantity (required, greater than 0, sent as {@code qty})
 * @param price limit price; required for limit orders (optional, greater than 0, sent as {@code price})
 * @param clientOid your own id for the order (optional, sent as {@code clientOid})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
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

    /**
     * Without extra parameters.
     *
     * @param category SPOT or MARGIN (optional, sent as {@code category})
     * @param symbol e.g. rAAPLUSDT (required, sent as {@code symbol})
     * @param side buy or sell (required, sent as {@code side})
     * @param orderType limit or market (required, sent as {@code orderType})
     * @param qty quantity (required, greater than 0, sent as {@code qty})
     * @param price limit price; required for limit orders (optional, greater than 0, sent as {@code price})
     * @param clientOid your own id for the order (optional, sent as {@code clientOid})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaRealityOrderRequest(@Nullable Category category, String symbol, Side side, OrderType orderType, BigDecimal qty, @Nullable BigDecimal price, @Nullable String clientOid) {
        this(category, symbol, side, orderType, qty, price, clientOid, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaRealityOrderRequest withExtraParam(String name, Object value) {
        return new UtaRealityOrderRequest(category, symbol, side, orderType, qty, price, clientOid, Require.withExtra(extraParams, name, value));
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
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

        /**
         * Sets {@code category}: SPOT or MARGIN (optional, sent as {@code category}). Checked by {@link #build()}.
         *
         * @param category the value, or null to leave it unset
         * @return this builder
         */
        public Builder category(@Nullable Category category) {
            this.category = category;
            return this;
        }

        /**
         * Sets {@code symbol}: e.g. rAAPLUSDT (required, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value
         * @return this builder
         */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code side}: buy or sell (required, sent as {@code side}). Checked by {@link #build()}.
         *
         * @param side the value
         * @return this builder
         */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /**
         * Sets {@code orderType}: limit or market (required, sent as {@code orderType}). Checked by {@link #build()}.
         *
         * @param orderType the value
         * @return this builder
         */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /**
         * Sets {@code qty}: quantity (required, greater than 0, sent as {@code qty}). Checked by {@link #build()}.
         *
         * @param qty the value
         * @return this builder
         */
        public Builder qty(BigDecimal qty) {
            this.qty = qty;
            return this;
        }

        /**
         * Sets {@code price}: limit price; required for limit orders (optional, greater than 0, sent as {@code price}). Checked by {@link #build()}.
         *
         * @param price the value, or null to leave it unset
         * @return this builder
         */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /**
         * Sets {@code clientOid}: your own id for the order (optional, sent as {@code clientOid}). Checked by {@link #build()}.
         *
         * @param clientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /**
         * Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
         *
         * @param name the parameter's wire name; must not be a typed field's (checked by {@link #build()})
         * @param value its value, sent as its text
         * @return this builder
         */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /**
         * Checks the parameters and makes the request.
         *
         * @return the request
         * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
         */
        public UtaRealityOrderRequest build() {
            return new UtaRealityOrderRequest(category, symbol, side, orderType, qty, price, clientOid, extraParams);
        }
    }
}
