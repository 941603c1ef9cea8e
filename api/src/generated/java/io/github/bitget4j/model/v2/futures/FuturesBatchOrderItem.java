// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

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
 * One order inside a batch place call. Build it with {@link #builder()}.
 *
 * @param size quantity, base coin (required, greater than 0, sent as {@code size})
 * @param price required for a limit order (optional, greater than 0, sent as {@code price})
 * @param side side, one of {@code buy}, {@code sell} (required, sent as {@code side})
 * @param tradeSide hedge mode only (optional, sent as {@code tradeSide})
 * @param orderType order type, one of {@code limit}, {@code market} (required, sent as {@code orderType})
 * @param force default gtc (optional, sent as {@code force})
 * @param clientOid your own order ID (optional, sent as {@code clientOid})
 * @param reduceOnly one-way mode only (optional, sent as {@code reduceOnly})
 * @param presetStopSurplusPrice take-profit trigger to attach (optional, greater than 0, sent as {@code presetStopSurplusPrice})
 * @param presetStopLossPrice stop-loss trigger to attach (optional, greater than 0, sent as {@code presetStopLossPrice})
 * @param stpMode stp mode, one of {@code none}, {@code cancel_taker}, {@code cancel_maker}, {@code cancel_both} (optional, sent as {@code stpMode})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesBatchOrderItem(
        BigDecimal size,
        @Nullable BigDecimal price,
        Side side,
        @Nullable FuturesTradeSide tradeSide,
        OrderType orderType,
        @Nullable TimeInForce force,
        @Nullable String clientOid,
        @Nullable FuturesReduceOnly reduceOnly,
        @Nullable BigDecimal presetStopSurplusPrice,
        @Nullable BigDecimal presetStopLossPrice,
        @Nullable StpMode stpMode,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("size", "price", "side", "tradeSide", "orderType", "force", "clientOid", "reduceOnly", "presetStopSurplusPrice", "presetStopLossPrice", "stpMode");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesBatchOrderItem {
        Require.present(size, "size");
        Require.positiveIfPresent(size, "size");
        Require.positiveIfPresent(price, "price");
        Require.known(side, "side");
        Require.knownIfPresent(tradeSide, "tradeSide");
        Require.known(orderType, "orderType");
        Require.knownIfPresent(force, "force");
        Require.knownIfPresent(reduceOnly, "reduceOnly");
        Require.positiveIfPresent(presetStopSurplusPrice, "presetStopSurplusPrice");
        Require.positiveIfPresent(presetStopLossPrice, "presetStopLossPrice");
        Require.knownIfPresent(stpMode, "stpMode");
        Require.requiredWhen(orderType == OrderType.LIMIT, price, "price is required when orderType is limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param size quantity, base coin (required, greater than 0, sent as {@code size})
     * @param price required for a limit order (optional, greater than 0, sent as {@code price})
     * @param side side, one of {@code buy}, {@code sell} (required, sent as {@code side})
     * @param tradeSide hedge mode only (optional, sent as {@code tradeSide})
     * @param orderType order type, one of {@code limit}, {@code market} (required, sent as {@code orderType})
     * @param force default gtc (optional, sent as {@code force})
     * @param clientOid your own order ID (optional, sent as {@code clientOid})
     * @param reduceOnly one-way mode only (optional, sent as {@code reduceOnly})
     * @param presetStopSurplusPrice take-profit trigger to attach (optional, greater than 0, sent as {@code presetStopSurplusPrice})
     * @param presetStopLossPrice stop-loss trigger to attach (optional, greater than 0, sent as {@code presetStopLossPrice})
     * @param stpMode stp mode, one of {@code none}, {@code cancel_taker}, {@code cancel_maker}, {@code cancel_both} (optional, sent as {@code stpMode})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesBatchOrderItem(BigDecimal size, @Nullable BigDecimal price, Side side, @Nullable FuturesTradeSide tradeSide, OrderType orderType, @Nullable TimeInForce force, @Nullable String clientOid, @Nullable FuturesReduceOnly reduceOnly, @Nullable BigDecimal presetStopSurplusPrice, @Nullable BigDecimal presetStopLossPrice, @Nullable StpMode stpMode) {
        this(size, price, side, tradeSide, orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice, stpMode, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesBatchOrderItem withExtraParam(String name, Object value) {
        return new FuturesBatchOrderItem(size, price, side, tradeSide, orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice, stpMode, Require.withExtra(extraParams, name, value));
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
        private @Nullable BigDecimal size;
        private @Nullable BigDecimal price;
        private @Nullable Side side;
        private @Nullable FuturesTradeSide tradeSide;
        private @Nullable OrderType orderType;
        private @Nullable TimeInForce force;
        private @Nullable String clientOid;
        private @Nullable FuturesReduceOnly reduceOnly;
        private @Nullable BigDecimal presetStopSurplusPrice;
        private @Nullable BigDecimal presetStopLossPrice;
        private @Nullable StpMode stpMode;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code size}: quantity, base coin (required, greater than 0, sent as {@code size}). Checked by {@link #build()}.
         *
         * @param size the value
         * @return this builder
         */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /**
         * Sets {@code price}: required for a limit order (optional, greater than 0, sent as {@code price}). Checked by {@link #build()}.
         *
         * @param price the value, or null to leave it unset
         * @return this builder
         */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /**
         * Sets {@code side}: side, one of {@code buy}, {@code sell} (required, sent as {@code side}). Checked by {@link #build()}.
         *
         * @param side the value
         * @return this builder
         */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /**
         * Sets {@code tradeSide}: hedge mode only (optional, sent as {@code tradeSide}). Checked by {@link #build()}.
         *
         * @param tradeSide the value, or null to leave it unset
         * @return this builder
         */
        public Builder tradeSide(@Nullable FuturesTradeSide tradeSide) {
            this.tradeSide = tradeSide;
            return this;
        }

        /**
         * Sets {@code orderType}: order type, one of {@code limit}, {@code market} (required, sent as {@code orderType}). Checked by {@link #build()}.
         *
         * @param orderType the value
         * @return this builder
         */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /**
         * Sets {@code force}: default gtc (optional, sent as {@code force}). Checked by {@link #build()}.
         *
         * @param force the value, or null to leave it unset
         * @return this builder
         */
        public Builder force(@Nullable TimeInForce force) {
            this.force = force;
            return this;
        }

        /**
         * Sets {@code clientOid}: your own order ID (optional, sent as {@code clientOid}). Checked by {@link #build()}.
         *
         * @param clientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /**
         * Sets {@code reduceOnly}: one-way mode only (optional, sent as {@code reduceOnly}). Checked by {@link #build()}.
         *
         * @param reduceOnly the value, or null to leave it unset
         * @return this builder
         */
        public Builder reduceOnly(@Nullable FuturesReduceOnly reduceOnly) {
            this.reduceOnly = reduceOnly;
            return this;
        }

        /**
         * Sets {@code presetStopSurplusPrice}: take-profit trigger to attach (optional, greater than 0, sent as {@code presetStopSurplusPrice}). Checked by {@link #build()}.
         *
         * @param presetStopSurplusPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder presetStopSurplusPrice(@Nullable BigDecimal presetStopSurplusPrice) {
            this.presetStopSurplusPrice = presetStopSurplusPrice;
            return this;
        }

        /**
         * Sets {@code presetStopLossPrice}: stop-loss trigger to attach (optional, greater than 0, sent as {@code presetStopLossPrice}). Checked by {@link #build()}.
         *
         * @param presetStopLossPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder presetStopLossPrice(@Nullable BigDecimal presetStopLossPrice) {
            this.presetStopLossPrice = presetStopLossPrice;
            return this;
        }

        /**
         * Sets {@code stpMode}: stp mode, one of {@code none}, {@code cancel_taker}, {@code cancel_maker}, {@code cancel_both} (optional, sent as {@code stpMode}). Checked by {@link #build()}.
         *
         * @param stpMode the value, or null to leave it unset
         * @return this builder
         */
        public Builder stpMode(@Nullable StpMode stpMode) {
            this.stpMode = stpMode;
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
        public FuturesBatchOrderItem build() {
            return new FuturesBatchOrderItem(size, price, side, tradeSide, orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice, stpMode, extraParams);
        }
    }
}
