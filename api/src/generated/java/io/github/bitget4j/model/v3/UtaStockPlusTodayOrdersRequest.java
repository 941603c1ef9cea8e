// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of today's Stock+ orders; all optional. Build it with {@link #builder()}.
 *
 * @param symbol e.g. AAPL.US (optional, sent as {@code symbol})
 * @param status one order state, or several comma-separated, as Bitget names them (optional, sent as {@code status})
 * @param side Buy or Sell (optional, sent as {@code side})
 * @param market market, e.g. US (optional, sent as {@code market})
 * @param orderId one order (optional, sent as {@code orderId})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusTodayOrdersRequest(
        @Nullable String symbol,
        @Nullable String status,
        @Nullable UtaStockPlusSide side,
        @Nullable String market,
        @Nullable String orderId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "status", "side", "market", "orderId");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusTodayOrdersRequest {
        Require.knownIfPresent(side, "side");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. AAPL.US (optional, sent as {@code symbol})
     * @param status one order state, or several comma-separated, as Bitget names them (optional, sent as {@code status})
     * @param side Buy or Sell (optional, sent as {@code side})
     * @param market market, e.g. US (optional, sent as {@code market})
     * @param orderId one order (optional, sent as {@code orderId})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusTodayOrdersRequest(@Nullable String symbol, @Nullable String status, @Nullable UtaStockPlusSide side, @Nullable String market, @Nullable String orderId) {
        this(symbol, status, side, market, orderId, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaStockPlusTodayOrdersRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusTodayOrdersRequest(symbol, status, side, market, orderId, Require.withExtra(extraParams, name, value));
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
        private @Nullable String status;
        private @Nullable UtaStockPlusSide side;
        private @Nullable String market;
        private @Nullable String orderId;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code symbol}: e.g. AAPL.US (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code status}: one order state, or several comma-separated, as Bitget names them (optional, sent as {@code status}). Checked by {@link #build()}.
         *
         * @param status the value, or null to leave it unset
         * @return this builder
         */
        public Builder status(@Nullable String status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code side}: Buy or Sell (optional, sent as {@code side}). Checked by {@link #build()}.
         *
         * @param side the value, or null to leave it unset
         * @return this builder
         */
        public Builder side(@Nullable UtaStockPlusSide side) {
            this.side = side;
            return this;
        }

        /**
         * Sets {@code market}: market, e.g. US (optional, sent as {@code market}). Checked by {@link #build()}.
         *
         * @param market the value, or null to leave it unset
         * @return this builder
         */
        public Builder market(@Nullable String market) {
            this.market = market;
            return this;
        }

        /**
         * Sets {@code orderId}: one order (optional, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value, or null to leave it unset
         * @return this builder
         */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
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
        public UtaStockPlusTodayOrdersRequest build() {
            return new UtaStockPlusTodayOrdersRequest(symbol, status, side, market, orderId, extraParams);
        }
    }
}
