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
 * A new V2 spot plan (trigger) order. Build it with {@link #builder()}.
 *
 * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
 * @param side buy or sell (required, sent as {@code side})
 * @param triggerPrice price that fires the order (required, greater than 0, sent as {@code triggerPrice})
 * @param orderType order sent when fired: limit or market (required, sent as {@code orderType})
 * @param executePrice limit price of the order sent; required for a limit order (optional, greater than 0, sent as {@code executePrice})
 * @param planType amount (default) or total: what size counts (optional, sent as {@code planType})
 * @param size base coin quantity, or quote value when planType is total (required, greater than 0, sent as {@code size})
 * @param triggerType fill_price or mark_price (required, sent as {@code triggerType})
 * @param clientOid your own id for the order (optional, sent as {@code clientOid})
 * @param force time in force of the order sent (Bitget's default gtc) (optional, sent as {@code force})
 * @param stpMode self-trade prevention (optional, sent as {@code stpMode})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotPlanOrderRequest(
        String symbol,
        Side side,
        BigDecimal triggerPrice,
        OrderType orderType,
        @Nullable BigDecimal executePrice,
        @Nullable SpotPlanType planType,
        BigDecimal size,
        SpotTriggerType triggerType,
        @Nullable String clientOid,
        @Nullable TimeInForce force,
        @Nullable StpMode stpMode,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "side", "triggerPrice", "orderType", "executePrice", "planType", "size", "triggerType", "clientOid", "force", "stpMode");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotPlanOrderRequest {
        Require.text(symbol, "symbol");
        Require.known(side, "side");
        Require.present(triggerPrice, "triggerPrice");
        Require.positiveIfPresent(triggerPrice, "triggerPrice");
        Require.known(orderType, "orderType");
        Require.positiveIfPresent(executePrice, "executePrice");
        Require.knownIfPresent(planType, "planType");
        Require.present(size, "size");
        Require.positiveIfPresent(size, "size");
        Require.known(triggerType, "triggerType");
        Require.knownIfPresent(force, "force");
        Require.knownIfPresent(stpMode, "stpMode");
        Require.requiredWhen(orderType == OrderType.LIMIT, executePrice, "executePrice is required when orderType is limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param side buy or sell (required, sent as {@code side})
     * @param triggerPrice price that fires the order (required, greater than 0, sent as {@code triggerPrice})
     * @param orderType order sent when fired: limit or market (required, sent as {@code orderType})
     * @param executePrice limit price of the order sent; required for a limit order (optional, greater than 0, sent as {@code executePrice})
     * @param planType amount (default) or total: what size counts (optional, sent as {@code planType})
     * @param size base coin quantity, or quote value when planType is total (required, greater than 0, sent as {@code size})
     * @param triggerType fill_price or mark_price (required, sent as {@code triggerType})
     * @param clientOid your own id for the order (optional, sent as {@code clientOid})
     * @param force time in force of the order sent (Bitget's default gtc) (optional, sent as {@code force})
     * @param stpMode self-trade prevention (optional, sent as {@code stpMode})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotPlanOrderRequest(String symbol, Side side, BigDecimal triggerPrice, OrderType orderType, @Nullable BigDecimal executePrice, @Nullable SpotPlanType planType, BigDecimal size, SpotTriggerType triggerType, @Nullable String clientOid, @Nullable TimeInForce force, @Nullable StpMode stpMode) {
        this(symbol, side, triggerPrice, orderType, executePrice, planType, size, triggerType, clientOid, force, stpMode, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotPlanOrderRequest withExtraParam(String name, Object value) {
        return new SpotPlanOrderRequest(symbol, side, triggerPrice, orderType, executePrice, planType, size, triggerType, clientOid, force, stpMode, Require.withExtra(extraParams, name, value));
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
        private @Nullable BigDecimal triggerPrice;
        private @Nullable OrderType orderType;
        private @Nullable BigDecimal executePrice;
        private @Nullable SpotPlanType planType;
        private @Nullable BigDecimal size;
        private @Nullable SpotTriggerType triggerType;
        private @Nullable String clientOid;
        private @Nullable TimeInForce force;
        private @Nullable StpMode stpMode;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code symbol}: e.g. BTCUSDT (required, sent as {@code symbol}). Checked by {@link #build()}.
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
         * Sets {@code triggerPrice}: price that fires the order (required, greater than 0, sent as {@code triggerPrice}). Checked by {@link #build()}.
         *
         * @param triggerPrice the value
         * @return this builder
         */
        public Builder triggerPrice(BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /**
         * Sets {@code orderType}: order sent when fired: limit or market (required, sent as {@code orderType}). Checked by {@link #build()}.
         *
         * @param orderType the value
         * @return this builder
         */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /**
         * Sets {@code executePrice}: limit price of the order sent; required for a limit order (optional, greater than 0, sent as {@code executePrice}). Checked by {@link #build()}.
         *
         * @param executePrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder executePrice(@Nullable BigDecimal executePrice) {
            this.executePrice = executePrice;
            return this;
        }

        /**
         * Sets {@code planType}: amount (default) or total: what size counts (optional, sent as {@code planType}). Checked by {@link #build()}.
         *
         * @param planType the value, or null to leave it unset
         * @return this builder
         */
        public Builder planType(@Nullable SpotPlanType planType) {
            this.planType = planType;
            return this;
        }

        /**
         * Sets {@code size}: base coin quantity, or quote value when planType is total (required, greater than 0, sent as {@code size}). Checked by {@link #build()}.
         *
         * @param size the value
         * @return this builder
         */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /**
         * Sets {@code triggerType}: fill_price or mark_price (required, sent as {@code triggerType}). Checked by {@link #build()}.
         *
         * @param triggerType the value
         * @return this builder
         */
        public Builder triggerType(SpotTriggerType triggerType) {
            this.triggerType = triggerType;
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
         * Sets {@code force}: time in force of the order sent (Bitget's default gtc) (optional, sent as {@code force}). Checked by {@link #build()}.
         *
         * @param force the value, or null to leave it unset
         * @return this builder
         */
        public Builder force(@Nullable TimeInForce force) {
            this.force = force;
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
        public SpotPlanOrderRequest build() {
            return new SpotPlanOrderRequest(symbol, side, triggerPrice, orderType, executePrice, planType, size, triggerType, clientOid, force, stpMode, extraParams);
        }
    }
}
