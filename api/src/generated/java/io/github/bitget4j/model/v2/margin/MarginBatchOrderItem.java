// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

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
 * One order inside a margin batch place call. Build it with {@link #builder()}.
 *
 * @param orderType order type, one of {@code limit}, {@code market} (required, sent as {@code orderType})
 * @param price required for a limit order (optional, greater than 0, sent as {@code price})
 * @param loanType loan type, one of {@code normal}, {@code autoLoan}, {@code autoRepay}, {@code autoLoanAndRepay} (required, sent as {@code loanType})
 * @param force ignored for market orders but required (required, sent as {@code force})
 * @param baseSize base quantity; required for limit orders and market sells (optional, greater than 0, sent as {@code baseSize})
 * @param quoteSize quote amount; required for market buys (optional, greater than 0, sent as {@code quoteSize})
 * @param clientOid your own order ID (optional, sent as {@code clientOid})
 * @param side side, one of {@code buy}, {@code sell} (required, sent as {@code side})
 * @param stpMode stp mode, one of {@code none}, {@code cancel_taker}, {@code cancel_maker}, {@code cancel_both} (optional, sent as {@code stpMode})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginBatchOrderItem(
        OrderType orderType,
        @Nullable BigDecimal price,
        MarginLoanType loanType,
        TimeInForce force,
        @Nullable BigDecimal baseSize,
        @Nullable BigDecimal quoteSize,
        @Nullable String clientOid,
        Side side,
        @Nullable StpMode stpMode,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderType", "price", "loanType", "force", "baseSize", "quoteSize", "clientOid", "side", "stpMode");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginBatchOrderItem {
        Require.known(orderType, "orderType");
        Require.positiveIfPresent(price, "price");
        Require.known(loanType, "loanType");
        Require.known(force, "force");
        Require.positiveIfPresent(baseSize, "baseSize");
        Require.positiveIfPresent(quoteSize, "quoteSize");
        Require.known(side, "side");
        Require.knownIfPresent(stpMode, "stpMode");
        Require.requiredWhen(orderType == OrderType.LIMIT, price, "price is required when orderType is limit");
        Require.requiredWhen(orderType == OrderType.LIMIT, baseSize, "baseSize is required when orderType is limit");
        Require.requiredWhen(side == Side.SELL, baseSize, "baseSize is required when side is sell");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderType order type, one of {@code limit}, {@code market} (required, sent as {@code orderType})
     * @param price required for a limit order (optional, greater than 0, sent as {@code price})
     * @param loanType loan type, one of {@code normal}, {@code autoLoan}, {@code autoRepay}, {@code autoLoanAndRepay} (required, sent as {@code loanType})
     * @param force ignored for market orders but required (required, sent as {@code force})
     * @param baseSize base quantity; required for limit orders and market sells (optional, greater than 0, sent as {@code baseSize})
     * @param quoteSize quote amount; required for market buys (optional, greater than 0, sent as {@code quoteSize})
     * @param clientOid your own order ID (optional, sent as {@code clientOid})
     * @param side side, one of {@code buy}, {@code sell} (required, sent as {@code side})
     * @param stpMode stp mode, one of {@code none}, {@code cancel_taker}, {@code cancel_maker}, {@code cancel_both} (optional, sent as {@code stpMode})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginBatchOrderItem(OrderType orderType, @Nullable BigDecimal price, MarginLoanType loanType, TimeInForce force, @Nullable BigDecimal baseSize, @Nullable BigDecimal quoteSize, @Nullable String clientOid, Side side, @Nullable StpMode stpMode) {
        this(orderType, price, loanType, force, baseSize, quoteSize, clientOid, side, stpMode, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public MarginBatchOrderItem withExtraParam(String name, Object value) {
        return new MarginBatchOrderItem(orderType, price, loanType, force, baseSize, quoteSize, clientOid, side, stpMode, Require.withExtra(extraParams, name, value));
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
        private @Nullable OrderType orderType;
        private @Nullable BigDecimal price;
        private @Nullable MarginLoanType loanType;
        private @Nullable TimeInForce force;
        private @Nullable BigDecimal baseSize;
        private @Nullable BigDecimal quoteSize;
        private @Nullable String clientOid;
        private @Nullable Side side;
        private @Nullable StpMode stpMode;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
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
         * Sets {@code loanType}: loan type, one of {@code normal}, {@code autoLoan}, {@code autoRepay}, {@code autoLoanAndRepay} (required, sent as {@code loanType}). Checked by {@link #build()}.
         *
         * @param loanType the value
         * @return this builder
         */
        public Builder loanType(MarginLoanType loanType) {
            this.loanType = loanType;
            return this;
        }

        /**
         * Sets {@code force}: ignored for market orders but required (required, sent as {@code force}). Checked by {@link #build()}.
         *
         * @param force the value
         * @return this builder
         */
        public Builder force(TimeInForce force) {
            this.force = force;
            return this;
        }

        /**
         * Sets {@code baseSize}: base quantity; required for limit orders and market sells (optional, greater than 0, sent as {@code baseSize}). Checked by {@link #build()}.
         *
         * @param baseSize the value, or null to leave it unset
         * @return this builder
         */
        public Builder baseSize(@Nullable BigDecimal baseSize) {
            this.baseSize = baseSize;
            return this;
        }

        /**
         * Sets {@code quoteSize}: quote amount; required for market buys (optional, greater than 0, sent as {@code quoteSize}). Checked by {@link #build()}.
         *
         * @param quoteSize the value, or null to leave it unset
         * @return this builder
         */
        public Builder quoteSize(@Nullable BigDecimal quoteSize) {
            this.quoteSize = quoteSize;
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
        public MarginBatchOrderItem build() {
            return new MarginBatchOrderItem(orderType, price, loanType, force, baseSize, quoteSize, clientOid, side, stpMode, extraParams);
        }
    }
}
