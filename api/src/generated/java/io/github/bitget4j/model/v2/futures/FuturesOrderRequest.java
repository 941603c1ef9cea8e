// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.StpMode;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param symbol required; e.g. BTCUSDT.
 * @param productType required
 * @param marginMode required
 * @param marginCoin required; upper case, e.g. USDT.
 * @param size required; quantity, base coin.
 * @param price optional; required for a limit order.
 * @param side required
 * @param tradeSide optional; hedge mode only; ignored in one-way mode.
 * @param orderType required
 * @param force optional; default gtc.
 * @param clientOid optional
 * @param reduceOnly optional; one-way mode only.
 * @param presetStopSurplusPrice optional; take-profit trigger to attach.
 * @param presetStopLossPrice optional; stop-loss trigger to attach.
 * @param stpMode optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesOrderRequest(
        String symbol,
        ProductType productType,
        MarginMode marginMode,
        String marginCoin,
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

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "marginMode", "marginCoin", "size", "price", "side", "tradeSide", "orderType", "force", "clientOid", "reduceOnly", "presetStopSurplusPrice", "presetStopLossPrice", "stpMode");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesOrderRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.known(marginMode, "marginMode");
        Require.text(marginCoin, "marginCoin");
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

    /** Without extra parameters. */
    public FuturesOrderRequest(String symbol, ProductType productType, MarginMode marginMode, String marginCoin, BigDecimal size, @Nullable BigDecimal price, Side side, @Nullable FuturesTradeSide tradeSide, OrderType orderType, @Nullable TimeInForce force, @Nullable String clientOid, @Nullable FuturesReduceOnly reduceOnly, @Nullable BigDecimal presetStopSurplusPrice, @Nullable BigDecimal presetStopLossPrice, @Nullable StpMode stpMode) {
        this(symbol, productType, marginMode, marginCoin, size, price, side, tradeSide, orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice, stpMode, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesOrderRequest withExtraParam(String name, Object value) {
        return new FuturesOrderRequest(symbol, productType, marginMode, marginCoin, size, price, side, tradeSide, orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice, stpMode, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable MarginMode marginMode;
        private @Nullable String marginCoin;
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

        /** e.g. BTCUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets productType. Required. */
        public Builder productType(ProductType productType) {
            this.productType = productType;
            return this;
        }

        /** Sets marginMode. Required. */
        public Builder marginMode(MarginMode marginMode) {
            this.marginMode = marginMode;
            return this;
        }

        /** upper case, e.g. USDT. Required. */
        public Builder marginCoin(String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /** quantity, base coin. Required. */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /** required for a limit order. Optional. */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /** Sets side. Required. */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /** hedge mode only; ignored in one-way mode. Optional. */
        public Builder tradeSide(@Nullable FuturesTradeSide tradeSide) {
            this.tradeSide = tradeSide;
            return this;
        }

        /** Sets orderType. Required. */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /** default gtc. Optional. */
        public Builder force(@Nullable TimeInForce force) {
            this.force = force;
            return this;
        }

        /** Sets clientOid. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** one-way mode only. Optional. */
        public Builder reduceOnly(@Nullable FuturesReduceOnly reduceOnly) {
            this.reduceOnly = reduceOnly;
            return this;
        }

        /** take-profit trigger to attach. Optional. */
        public Builder presetStopSurplusPrice(@Nullable BigDecimal presetStopSurplusPrice) {
            this.presetStopSurplusPrice = presetStopSurplusPrice;
            return this;
        }

        /** stop-loss trigger to attach. Optional. */
        public Builder presetStopLossPrice(@Nullable BigDecimal presetStopLossPrice) {
            this.presetStopLossPrice = presetStopLossPrice;
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
        public FuturesOrderRequest build() {
            return new FuturesOrderRequest(symbol, productType, marginMode, marginCoin, size, price, side, tradeSide, orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice, stpMode, extraParams);
        }
    }
}
