// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Cancels one limit spot order and places a new one in its place. Build it with {@link #builder()}.
 *
 * @param symbol required; e.g. BTCUSDT.
 * @param price required; limit price of the new order.
 * @param size required; quantity of the new order, base coin.
 * @param orderId optional; the order to cancel, Bitget's id; this or clientOid is required.
 * @param clientOid optional; the order to cancel, your id.
 * @param newClientOid optional; your id for the new order; a duplicate cancels the old order but places nothing.
 * @param presetTakeProfitPrice optional; take-profit trigger price of the new order.
 * @param executeTakeProfitPrice optional; take-profit execution price.
 * @param presetStopLossPrice optional; stop-loss trigger price of the new order.
 * @param executeStopLossPrice optional; stop-loss execution price.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotCancelReplaceRequest(
        String symbol,
        BigDecimal price,
        BigDecimal size,
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable String newClientOid,
        @Nullable BigDecimal presetTakeProfitPrice,
        @Nullable BigDecimal executeTakeProfitPrice,
        @Nullable BigDecimal presetStopLossPrice,
        @Nullable BigDecimal executeStopLossPrice,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "price", "size", "orderId", "clientOid", "newClientOid", "presetTakeProfitPrice", "executeTakeProfitPrice", "presetStopLossPrice", "executeStopLossPrice");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotCancelReplaceRequest {
        Require.text(symbol, "symbol");
        Require.present(price, "price");
        Require.positiveIfPresent(price, "price");
        Require.present(size, "size");
        Require.positiveIfPresent(size, "size");
        Require.positiveIfPresent(presetTakeProfitPrice, "presetTakeProfitPrice");
        Require.positiveIfPresent(executeTakeProfitPrice, "executeTakeProfitPrice");
        Require.positiveIfPresent(presetStopLossPrice, "presetStopLossPrice");
        Require.positiveIfPresent(executeStopLossPrice, "executeStopLossPrice");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotCancelReplaceRequest(String symbol, BigDecimal price, BigDecimal size, @Nullable String orderId, @Nullable String clientOid, @Nullable String newClientOid, @Nullable BigDecimal presetTakeProfitPrice, @Nullable BigDecimal executeTakeProfitPrice, @Nullable BigDecimal presetStopLossPrice, @Nullable BigDecimal executeStopLossPrice) {
        this(symbol, price, size, orderId, clientOid, newClientOid, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotCancelReplaceRequest withExtraParam(String name, Object value) {
        return new SpotCancelReplaceRequest(symbol, price, size, orderId, clientOid, newClientOid, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, orderId, price, size; the rest stay unset. */
    public static SpotCancelReplaceRequest byOrderId(String symbol, String orderId, BigDecimal price, BigDecimal size) {
        return new SpotCancelReplaceRequest(symbol, price, size, Require.text(orderId, "orderId"), null, null, null, null, null, null, Map.of());
    }

    /** Sets symbol, clientOid, price, size; the rest stay unset. */
    public static SpotCancelReplaceRequest byClientOid(String symbol, String clientOid, BigDecimal price, BigDecimal size) {
        return new SpotCancelReplaceRequest(symbol, price, size, null, Require.text(clientOid, "clientOid"), null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable BigDecimal price;
        private @Nullable BigDecimal size;
        private @Nullable String orderId;
        private @Nullable String clientOid;
        private @Nullable String newClientOid;
        private @Nullable BigDecimal presetTakeProfitPrice;
        private @Nullable BigDecimal executeTakeProfitPrice;
        private @Nullable BigDecimal presetStopLossPrice;
        private @Nullable BigDecimal executeStopLossPrice;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** e.g. BTCUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** limit price of the new order. Required. */
        public Builder price(BigDecimal price) {
            this.price = price;
            return this;
        }

        /** quantity of the new order, base coin. Required. */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /** the order to cancel, Bitget's id; this or clientOid is required. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** the order to cancel, your id. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** your id for the new order; a duplicate cancels the old order but places nothing. Optional. */
        public Builder newClientOid(@Nullable String newClientOid) {
            this.newClientOid = newClientOid;
            return this;
        }

        /** take-profit trigger price of the new order. Optional. */
        public Builder presetTakeProfitPrice(@Nullable BigDecimal presetTakeProfitPrice) {
            this.presetTakeProfitPrice = presetTakeProfitPrice;
            return this;
        }

        /** take-profit execution price. Optional. */
        public Builder executeTakeProfitPrice(@Nullable BigDecimal executeTakeProfitPrice) {
            this.executeTakeProfitPrice = executeTakeProfitPrice;
            return this;
        }

        /** stop-loss trigger price of the new order. Optional. */
        public Builder presetStopLossPrice(@Nullable BigDecimal presetStopLossPrice) {
            this.presetStopLossPrice = presetStopLossPrice;
            return this;
        }

        /** stop-loss execution price. Optional. */
        public Builder executeStopLossPrice(@Nullable BigDecimal executeStopLossPrice) {
            this.executeStopLossPrice = executeStopLossPrice;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public SpotCancelReplaceRequest build() {
            return new SpotCancelReplaceRequest(symbol, price, size, orderId, clientOid, newClientOid, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, extraParams);
        }
    }
}
