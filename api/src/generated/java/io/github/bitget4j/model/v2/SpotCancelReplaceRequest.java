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
 * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
 * @param price limit price of the new order (required, greater than 0, sent as {@code price})
 * @param size quantity of the new order, base coin (required, greater than 0, sent as {@code size})
 * @param orderId the order to cancel, Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
 * @param clientOid the order to cancel, your id (optional, sent as {@code clientOid})
 * @param newClientOid your id for the new order; a duplicate cancels the old order but places nothing (optional, sent as {@code newClientOid})
 * @param presetTakeProfitPrice take-profit trigger price of the new order (optional, greater than 0, sent as {@code presetTakeProfitPrice})
 * @param executeTakeProfitPrice take-profit execution price (optional, greater than 0, sent as {@code executeTakeProfitPrice})
 * @param presetStopLossPrice stop-loss trigger price of the new order (optional, greater than 0, sent as {@code presetStopLossPrice})
 * @param executeStopLossPrice stop-loss execution price (optional, greater than 0, sent as {@code executeStopLossPrice})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
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

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param price limit price of the new order (required, greater than 0, sent as {@code price})
     * @param size quantity of the new order, base coin (required, greater than 0, sent as {@code size})
     * @param orderId the order to cancel, Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
     * @param clientOid the order to cancel, your id (optional, sent as {@code clientOid})
     * @param newClientOid your id for the new order; a duplicate cancels the old order but places nothing (optional, sent as {@code newClientOid})
     * @param presetTakeProfitPrice take-profit trigger price of the new order (optional, greater than 0, sent as {@code presetTakeProfitPrice})
     * @param executeTakeProfitPrice take-profit execution price (optional, greater than 0, sent as {@code executeTakeProfitPrice})
     * @param presetStopLossPrice stop-loss trigger price of the new order (optional, greater than 0, sent as {@code presetStopLossPrice})
     * @param executeStopLossPrice stop-loss execution price (optional, greater than 0, sent as {@code executeStopLossPrice})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotCancelReplaceRequest(String symbol, BigDecimal price, BigDecimal size, @Nullable String orderId, @Nullable String clientOid, @Nullable String newClientOid, @Nullable BigDecimal presetTakeProfitPrice, @Nullable BigDecimal executeTakeProfitPrice, @Nullable BigDecimal presetStopLossPrice, @Nullable BigDecimal executeStopLossPrice) {
        this(symbol, price, size, orderId, clientOid, newClientOid, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotCancelReplaceRequest withExtraParam(String name, Object value) {
        return new SpotCancelReplaceRequest(symbol, price, size, orderId, clientOid, newClientOid, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets symbol, orderId, price, size; the rest stay unset.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param orderId the order to cancel, Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
     * @param price limit price of the new order (required, greater than 0, sent as {@code price})
     * @param size quantity of the new order, base coin (required, greater than 0, sent as {@code size})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotCancelReplaceRequest byOrderId(String symbol, String orderId, BigDecimal price, BigDecimal size) {
        return new SpotCancelReplaceRequest(symbol, price, size, Require.text(orderId, "orderId"), null, null, null, null, null, null, Map.of());
    }

    /**
     * Sets symbol, clientOid, price, size; the rest stay unset.
     *
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param clientOid the order to cancel, your id (optional, sent as {@code clientOid})
     * @param price limit price of the new order (required, greater than 0, sent as {@code price})
     * @param size quantity of the new order, base coin (required, greater than 0, sent as {@code size})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotCancelReplaceRequest byClientOid(String symbol, String clientOid, BigDecimal price, BigDecimal size) {
        return new SpotCancelReplaceRequest(symbol, price, size, null, Require.text(clientOid, "clientOid"), null, null, null, null, null, Map.of());
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
         * Sets {@code price}: limit price of the new order (required, greater than 0, sent as {@code price}). Checked by {@link #build()}.
         *
         * @param price the value
         * @return this builder
         */
        public Builder price(BigDecimal price) {
            this.price = price;
            return this;
        }

        /**
         * Sets {@code size}: quantity of the new order, base coin (required, greater than 0, sent as {@code size}). Checked by {@link #build()}.
         *
         * @param size the value
         * @return this builder
         */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /**
         * Sets {@code orderId}: the order to cancel, Bitget's id; this or clientOid is required (optional, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value, or null to leave it unset
         * @return this builder
         */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code clientOid}: the order to cancel, your id (optional, sent as {@code clientOid}). Checked by {@link #build()}.
         *
         * @param clientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /**
         * Sets {@code newClientOid}: your id for the new order; a duplicate cancels the old order but places nothing (optional, sent as {@code newClientOid}). Checked by {@link #build()}.
         *
         * @param newClientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder newClientOid(@Nullable String newClientOid) {
            this.newClientOid = newClientOid;
            return this;
        }

        /**
         * Sets {@code presetTakeProfitPrice}: take-profit trigger price of the new order (optional, greater than 0, sent as {@code presetTakeProfitPrice}). Checked by {@link #build()}.
         *
         * @param presetTakeProfitPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder presetTakeProfitPrice(@Nullable BigDecimal presetTakeProfitPrice) {
            this.presetTakeProfitPrice = presetTakeProfitPrice;
            return this;
        }

        /**
         * Sets {@code executeTakeProfitPrice}: take-profit execution price (optional, greater than 0, sent as {@code executeTakeProfitPrice}). Checked by {@link #build()}.
         *
         * @param executeTakeProfitPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder executeTakeProfitPrice(@Nullable BigDecimal executeTakeProfitPrice) {
            this.executeTakeProfitPrice = executeTakeProfitPrice;
            return this;
        }

        /**
         * Sets {@code presetStopLossPrice}: stop-loss trigger price of the new order (optional, greater than 0, sent as {@code presetStopLossPrice}). Checked by {@link #build()}.
         *
         * @param presetStopLossPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder presetStopLossPrice(@Nullable BigDecimal presetStopLossPrice) {
            this.presetStopLossPrice = presetStopLossPrice;
            return this;
        }

        /**
         * Sets {@code executeStopLossPrice}: stop-loss execution price (optional, greater than 0, sent as {@code executeStopLossPrice}). Checked by {@link #build()}.
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
        public SpotCancelReplaceRequest build() {
            return new SpotCancelReplaceRequest(symbol, price, size, orderId, clientOid, newClientOid, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, extraParams);
        }
    }
}
