// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.StpMode;
import io.github.bitget4j.model.TimeInForce;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One order of a V2 spot batch. Build it with {@link #builder()}.
 *
 * @param symbol the order's symbol; required only in multiple-mode batches (optional, sent as {@code symbol})
 * @param side buy or sell (required, sent as {@code side})
 * @param orderType limit or market (required, sent as {@code orderType})
 * @param force time in force (required, sent as {@code force})
 * @param price limit price; required for limit orders (optional, greater than 0, sent as {@code price})
 * @param size quantity in the base coin (quote amount for a market buy) (required, greater than 0, sent as {@code size})
 * @param clientOid your own id for the order (optional, sent as {@code clientOid})
 * @param stpMode self-trade prevention (optional, sent as {@code stpMode})
 * @param presetTakeProfitPrice take-profit trigger price attached to the order (optional, sent as {@code presetTakeProfitPrice})
 * @param executeTakeProfitPrice take-profit execution price (optional, sent as {@code executeTakeProfitPrice})
 * @param presetStopLossPrice stop-loss trigger price attached to the order (optional, sent as {@code presetStopLossPrice})
 * @param executeStopLossPrice stop-loss execution price (optional, sent as {@code executeStopLossPrice})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotBatchOrderItem(
        @Nullable String symbol,
        Side side,
        OrderType orderType,
        TimeInForce force,
        @Nullable BigDecimal price,
        BigDecimal size,
        @Nullable String clientOid,
        @Nullable StpMode stpMode,
        @Nullable BigDecimal presetTakeProfitPrice,
        @Nullable BigDecimal executeTakeProfitPrice,
        @Nullable BigDecimal presetStopLossPrice,
        @Nullable BigDecimal executeStopLossPrice,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "side", "orderType", "force", "price", "size", "clientOid", "stpMode", "presetTakeProfitPrice", "executeTakeProfitPrice", "presetStopLossPrice", "executeStopLossPrice");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotBatchOrderItem {
        Require.known(side, "side");
        Require.known(orderType, "orderType");
        Require.known(force, "force");
        Require.positiveIfPresent(price, "price");
        Require.present(size, "size");
        Require.positiveIfPresent(size, "size");
        Require.knownIfPresent(stpMode, "stpMode");
        Require.requiredWhen(orderType == OrderType.LIMIT, price, "price is required for a limit order");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol the order's symbol; required only in multiple-mode batches (optional, sent as {@code symbol})
     * @param side buy or sell (required, sent as {@code side})
     * @param orderType limit or market (required, sent as {@code orderType})
     * @param force time in force (required, sent as {@code force})
     * @param price limit price; required for limit orders (optional, greater than 0, sent as {@code price})
     * @param size quantity in the base coin (quote amount for a market buy) (required, greater than 0, sent as {@code size})
     * @param clientOid your own id for the order (optional, sent as {@code clientOid})
     * @param stpMode self-trade prevention (optional, sent as {@code stpMode})
     * @param presetTakeProfitPrice take-profit trigger price attached to the order (optional, sent as {@code presetTakeProfitPrice})
     * @param executeTakeProfitPrice take-profit execution price (optional, sent as {@code executeTakeProfitPrice})
     * @param presetStopLossPrice stop-loss trigger price attached to the order (optional, sent as {@code presetStopLossPrice})
     * @param executeStopLossPrice stop-loss execution price (optional, sent as {@code executeStopLossPrice})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotBatchOrderItem(@Nullable String symbol, Side side, OrderType orderType, TimeInForce force, @Nullable BigDecimal price, BigDecimal size, @Nullable String clientOid, @Nullable StpMode stpMode, @Nullable BigDecimal presetTakeProfitPrice, @Nullable BigDecimal executeTakeProfitPrice, @Nullable BigDecimal presetStopLossPrice, @Nullable BigDecimal executeStopLossPrice) {
        this(symbol, side, orderType, force, price, size, clientOid, stpMode, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotBatchOrderItem withExtraParam(String name, Object value) {
        return new SpotBatchOrderItem(symbol, side, orderType, force, price, size, clientOid, stpMode, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, Require.withExtra(extraParams, name, value));
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
        private @Nullable String symbol;
        private @Nullable Side side;
        private @Nullable OrderType orderType;
        private @Nullable TimeInForce force;
        private @Nullable BigDecimal price;
        private @Nullable BigDecimal size;
        private @Nullable String clientOid;
        private @Nullable StpMode stpMode;
        private @Nullable BigDecimal presetTakeProfitPrice;
        private @Nullable BigDecimal executeTakeProfitPrice;
        private @Nullable BigDecimal presetStopLossPrice;
        private @Nullable BigDecimal executeStopLossPrice;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code symbol}: the order's symbol; required only in multiple-mode batches (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
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
         * Sets {@code force}: time in force (required, sent as {@code force}). Checked by {@link #build()}.
         *
         * @param force the value
         * @return this builder
         */
        public Builder force(TimeInForce force) {
            this.force = force;
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
         * Sets {@code size}: quantity in the base coin (quote amount for a market buy) (required, greater than 0, sent as {@code size}). Checked by {@link #build()}.
         *
         * @param size the value
         * @return this builder
         */
        public Builder size(BigDecimal size) {
            this.size = size;
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
         * Sets {@code stpMode}: self-trade prevention (optional, sent as {@code stpMode}). Checked by {@link #build()}.
         *
         * @param stpMode the value, or null to leave it unset
         * @return this builder
         */
        public Builder stpMode(@Nullable StpMode stpMode) {
            this.stpMode = stpMode;
            return this;
        }

        /**
         * Sets {@code presetTakeProfitPrice}: take-profit trigger price attached to the order (optional, sent as {@code presetTakeProfitPrice}). Checked by {@link #build()}.
         *
         * @param presetTakeProfitPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder presetTakeProfitPrice(@Nullable BigDecimal presetTakeProfitPrice) {
            this.presetTakeProfitPrice = presetTakeProfitPrice;
            return this;
        }

        /**
         * Sets {@code executeTakeProfitPrice}: take-profit execution price (optional, sent as {@code executeTakeProfitPrice}). Checked by {@link #build()}.
         *
         * @param executeTakeProfitPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder executeTakeProfitPrice(@Nullable BigDecimal executeTakeProfitPrice) {
            this.executeTakeProfitPrice = executeTakeProfitPrice;
            return this;
        }

        /**
         * Sets {@code presetStopLossPrice}: stop-loss trigger price attached to the order (optional, sent as {@code presetStopLossPrice}). Checked by {@link #build()}.
         *
         * @param presetStopLossPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder presetStopLossPrice(@Nullable BigDecimal presetStopLossPrice) {
            this.presetStopLossPrice = presetStopLossPrice;
            return this;
        }

        /**
         * Sets {@code executeStopLossPrice}: stop-loss execution price (optional, sent as {@code executeStopLossPrice}). Checked by {@link #build()}.
         *
         * @param executeStopLossPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder executeStopLossPrice(@Nullable BigDecimal executeStopLossPrice) {
            this.executeStopLossPrice = executeStopLossPrice;
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
        public SpotBatchOrderItem build() {
            return new SpotBatchOrderItem(symbol, side, orderType, force, price, size, clientOid, stpMode, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, extraParams);
        }
    }
}
