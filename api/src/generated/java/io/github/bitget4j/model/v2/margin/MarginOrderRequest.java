// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.PathParam;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.StpMode;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A market buy needs quoteSize; a limit order or a market sell needs baseSize. Build it with {@link #builder()}.
 *
 * @param marginType required; crossed or isolated.
 * @param symbol required; e.g. BTCUSDT.
 * @param orderType required
 * @param price optional; required for a limit order.
 * @param loanType required
 * @param force required; ignored for market orders but required.
 * @param baseSize optional; base quantity; required for limit orders and market sells.
 * @param quoteSize optional; quote amount; required for market buys.
 * @param clientOid optional; idempotent for 6 hours while unfilled.
 * @param side required
 * @param stpMode optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginOrderRequest(
        @PathParam("marginType") MarginMode marginType,
        String symbol,
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

    private static final List<String> WIRE_NAMES = List.of("marginType", "symbol", "orderType", "price", "loanType", "force", "baseSize", "quoteSize", "clientOid", "side", "stpMode");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public MarginOrderRequest {
        Require.known(marginType, "marginType");
        Require.text(symbol, "symbol");
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

    /** Without extra parameters. */
    public MarginOrderRequest(MarginMode marginType, String symbol, OrderType orderType, @Nullable BigDecimal price, MarginLoanType loanType, TimeInForce force, @Nullable BigDecimal baseSize, @Nullable BigDecimal quoteSize, @Nullable String clientOid, Side side, @Nullable StpMode stpMode) {
        this(marginType, symbol, orderType, price, loanType, force, baseSize, quoteSize, clientOid, side, stpMode, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public MarginOrderRequest withExtraParam(String name, Object value) {
        return new MarginOrderRequest(marginType, symbol, orderType, price, loanType, force, baseSize, quoteSize, clientOid, side, stpMode, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable MarginMode marginType;
        private @Nullable String symbol;
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

        /** crossed or isolated. Required. */
        public Builder marginType(MarginMode marginType) {
            this.marginType = marginType;
            return this;
        }

        /** e.g. BTCUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets orderType. Required. */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /** required for a limit order. Optional. */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /** Sets loanType. Required. */
        public Builder loanType(MarginLoanType loanType) {
            this.loanType = loanType;
            return this;
        }

        /** ignored for market orders but required. Required. */
        public Builder force(TimeInForce force) {
            this.force = force;
            return this;
        }

        /** base quantity; required for limit orders and market sells. Optional. */
        public Builder baseSize(@Nullable BigDecimal baseSize) {
            this.baseSize = baseSize;
            return this;
        }

        /** quote amount; required for market buys. Optional. */
        public Builder quoteSize(@Nullable BigDecimal quoteSize) {
            this.quoteSize = quoteSize;
            return this;
        }

        /** idempotent for 6 hours while unfilled. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** Sets side. Required. */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /** Sets stpMode. Optional. */
        public Builder stpMode(@Nullable StpMode stpMode) {
            this.stpMode = stpMode;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public MarginOrderRequest build() {
            return new MarginOrderRequest(marginType, symbol, orderType, price, loanType, force, baseSize, quoteSize, clientOid, side, stpMode, extraParams);
        }
    }
}
