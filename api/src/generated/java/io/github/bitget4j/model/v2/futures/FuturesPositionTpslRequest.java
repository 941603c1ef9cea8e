// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.StpMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param stopSurplusTriggerPrice stop surplus trigger price, decimal (optional, greater than 0, sent as {@code stopSurplusTriggerPrice})
 * @param stopSurplusSize set: partial take profit; absent: whole position (optional, greater than 0, sent as {@code stopSurplusSize})
 * @param stopSurplusTriggerType stop surplus trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code stopSurplusTriggerType})
 * @param stopSurplusExecutePrice 0 or absent: market (optional, 0 or more, sent as {@code stopSurplusExecutePrice})
 * @param stopLossTriggerPrice stop loss trigger price, decimal (optional, greater than 0, sent as {@code stopLossTriggerPrice})
 * @param stopLossSize set: partial stop loss; absent: whole position (optional, greater than 0, sent as {@code stopLossSize})
 * @param stopLossTriggerType stop loss trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code stopLossTriggerType})
 * @param stopLossExecutePrice 0 or absent: market (optional, 0 or more, sent as {@code stopLossExecutePrice})
 * @param holdSide hold side, one of {@code long}, {@code short}, {@code buy}, {@code sell} (required, sent as {@code holdSide})
 * @param stpMode stp mode, one of {@code none}, {@code cancel_taker}, {@code cancel_maker}, {@code cancel_both} (optional, sent as {@code stpMode})
 * @param stopSurplusClientOid stop surplus client oid (optional, sent as {@code stopSurplusClientOid})
 * @param stopLossClientOid stop loss client oid (optional, sent as {@code stopLossClientOid})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesPositionTpslRequest(
        String marginCoin,
        ProductType productType,
        String symbol,
        @Nullable BigDecimal stopSurplusTriggerPrice,
        @Nullable BigDecimal stopSurplusSize,
        @Nullable FuturesTriggerType stopSurplusTriggerType,
        @Nullable BigDecimal stopSurplusExecutePrice,
        @Nullable BigDecimal stopLossTriggerPrice,
        @Nullable BigDecimal stopLossSize,
        @Nullable FuturesTriggerType stopLossTriggerType,
        @Nullable BigDecimal stopLossExecutePrice,
        FuturesTpslHoldSide holdSide,
        @Nullable StpMode stpMode,
        @Nullable String stopSurplusClientOid,
        @Nullable String stopLossClientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginCoin", "productType", "symbol", "stopSurplusTriggerPrice", "stopSurplusSize", "stopSurplusTriggerType", "stopSurplusExecutePrice", "stopLossTriggerPrice", "stopLossSize", "stopLossTriggerType", "stopLossExecutePrice", "holdSide", "stpMode", "stopSurplusClientOid", "stopLossClientOid");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesPositionTpslRequest {
        Require.text(marginCoin, "marginCoin");
        Require.known(productType, "productType");
        Require.text(symbol, "symbol");
        Require.positiveIfPresent(stopSurplusTriggerPrice, "stopSurplusTriggerPrice");
        Require.positiveIfPresent(stopSurplusSize, "stopSurplusSize");
        Require.knownIfPresent(stopSurplusTriggerType, "stopSurplusTriggerType");
        Require.atLeast(stopSurplusExecutePrice, "stopSurplusExecutePrice", "0");
        Require.positiveIfPresent(stopLossTriggerPrice, "stopLossTriggerPrice");
        Require.positiveIfPresent(stopLossSize, "stopLossSize");
        Require.knownIfPresent(stopLossTriggerType, "stopLossTriggerType");
        Require.atLeast(stopLossExecutePrice, "stopLossExecutePrice", "0");
        Require.known(holdSide, "holdSide");
        Require.knownIfPresent(stpMode, "stpMode");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param stopSurplusTriggerPrice stop surplus trigger price, decimal (optional, greater than 0, sent as {@code stopSurplusTriggerPrice})
     * @param stopSurplusSize set: partial take profit; absent: whole position (optional, greater than 0, sent as {@code stopSurplusSize})
     * @param stopSurplusTriggerType stop surplus trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code stopSurplusTriggerType})
     * @param stopSurplusExecutePrice 0 or absent: market (optional, 0 or more, sent as {@code stopSurplusExecutePrice})
     * @param stopLossTriggerPrice stop loss trigger price, decimal (optional, greater than 0, sent as {@code stopLossTriggerPrice})
     * @param stopLossSize set: partial stop loss; absent: whole position (optional, greater than 0, sent as {@code stopLossSize})
     * @param stopLossTriggerType stop loss trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code stopLossTriggerType})
     * @param stopLossExecutePrice 0 or absent: market (optional, 0 or more, sent as {@code stopLossExecutePrice})
     * @param holdSide hold side, one of {@code long}, {@code short}, {@code buy}, {@code sell} (required, sent as {@code holdSide})
     * @param stpMode stp mode, one of {@code none}, {@code cancel_taker}, {@code cancel_maker}, {@code cancel_both} (optional, sent as {@code stpMode})
     * @param stopSurplusClientOid stop surplus client oid (optional, sent as {@code stopSurplusClientOid})
     * @param stopLossClientOid stop loss client oid (optional, sent as {@code stopLossClientOid})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesPositionTpslRequest(String marginCoin, ProductType productType, String symbol, @Nullable BigDecimal stopSurplusTriggerPrice, @Nullable BigDecimal stopSurplusSize, @Nullable FuturesTriggerType stopSurplusTriggerType, @Nullable BigDecimal stopSurplusExecutePrice, @Nullable BigDecimal stopLossTriggerPrice, @Nullable BigDecimal stopLossSize, @Nullable FuturesTriggerType stopLossTriggerType, @Nullable BigDecimal stopLossExecutePrice, FuturesTpslHoldSide holdSide, @Nullable StpMode stpMode, @Nullable String stopSurplusClientOid, @Nullable String stopLossClientOid) {
        this(marginCoin, productType, symbol, stopSurplusTriggerPrice, stopSurplusSize, stopSurplusTriggerType, stopSurplusExecutePrice, stopLossTriggerPrice, stopLossSize, stopLossTriggerType, stopLossExecutePrice, holdSide, stpMode, stopSurplusClientOid, stopLossClientOid, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesPositionTpslRequest withExtraParam(String name, Object value) {
        return new FuturesPositionTpslRequest(marginCoin, productType, symbol, stopSurplusTriggerPrice, stopSurplusSize, stopSurplusTriggerType, stopSurplusExecutePrice, stopLossTriggerPrice, stopLossSize, stopLossTriggerType, stopLossExecutePrice, holdSide, stpMode, stopSurplusClientOid, stopLossClientOid, Require.withExtra(extraParams, name, value));
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
        private @Nullable String marginCoin;
        private @Nullable ProductType productType;
        private @Nullable String symbol;
        private @Nullable BigDecimal stopSurplusTriggerPrice;
        private @Nullable BigDecimal stopSurplusSize;
        private @Nullable FuturesTriggerType stopSurplusTriggerType;
        private @Nullable BigDecimal stopSurplusExecutePrice;
        private @Nullable BigDecimal stopLossTriggerPrice;
        private @Nullable BigDecimal stopLossSize;
        private @Nullable FuturesTriggerType stopLossTriggerType;
        private @Nullable BigDecimal stopLossExecutePrice;
        private @Nullable FuturesTpslHoldSide holdSide;
        private @Nullable StpMode stpMode;
        private @Nullable String stopSurplusClientOid;
        private @Nullable String stopLossClientOid;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code marginCoin}: margin coin, e.g. USDT (required, sent as {@code marginCoin}). Checked by {@link #build()}.
         *
         * @param marginCoin the value
         * @return this builder
         */
        public Builder marginCoin(String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /**
         * Sets {@code productType}: futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType}). Checked by {@link #build()}.
         *
         * @param productType the value
         * @return this builder
         */
        public Builder productType(ProductType productType) {
            this.productType = productType;
            return this;
        }

        /**
         * Sets {@code symbol}: trading pair, e.g. BTCUSDT (required, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value
         * @return this builder
         */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code stopSurplusTriggerPrice}: stop surplus trigger price, decimal (optional, greater than 0, sent as {@code stopSurplusTriggerPrice}). Checked by {@link #build()}.
         *
         * @param stopSurplusTriggerPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopSurplusTriggerPrice(@Nullable BigDecimal stopSurplusTriggerPrice) {
            this.stopSurplusTriggerPrice = stopSurplusTriggerPrice;
            return this;
        }

        /**
         * Sets {@code stopSurplusSize}: set: partial take profit; absent: whole position (optional, greater than 0, sent as {@code stopSurplusSize}). Checked by {@link #build()}.
         *
         * @param stopSurplusSize the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopSurplusSize(@Nullable BigDecimal stopSurplusSize) {
            this.stopSurplusSize = stopSurplusSize;
            return this;
        }

        /**
         * Sets {@code stopSurplusTriggerType}: stop surplus trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code stopSurplusTriggerType}). Checked by {@link #build()}.
         *
         * @param stopSurplusTriggerType the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopSurplusTriggerType(@Nullable FuturesTriggerType stopSurplusTriggerType) {
            this.stopSurplusTriggerType = stopSurplusTriggerType;
            return this;
        }

        /**
         * Sets {@code stopSurplusExecutePrice}: 0 or absent: market (optional, 0 or more, sent as {@code stopSurplusExecutePrice}). Checked by {@link #build()}.
         *
         * @param stopSurplusExecutePrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopSurplusExecutePrice(@Nullable BigDecimal stopSurplusExecutePrice) {
            this.stopSurplusExecutePrice = stopSurplusExecutePrice;
            return this;
        }

        /**
         * Sets {@code stopLossTriggerPrice}: stop loss trigger price, decimal (optional, greater than 0, sent as {@code stopLossTriggerPrice}). Checked by {@link #build()}.
         *
         * @param stopLossTriggerPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopLossTriggerPrice(@Nullable BigDecimal stopLossTriggerPrice) {
            this.stopLossTriggerPrice = stopLossTriggerPrice;
            return this;
        }

        /**
         * Sets {@code stopLossSize}: set: partial stop loss; absent: whole position (optional, greater than 0, sent as {@code stopLossSize}). Checked by {@link #build()}.
         *
         * @param stopLossSize the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopLossSize(@Nullable BigDecimal stopLossSize) {
            this.stopLossSize = stopLossSize;
            return this;
        }

        /**
         * Sets {@code stopLossTriggerType}: stop loss trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code stopLossTriggerType}). Checked by {@link #build()}.
         *
         * @param stopLossTriggerType the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopLossTriggerType(@Nullable FuturesTriggerType stopLossTriggerType) {
            this.stopLossTriggerType = stopLossTriggerType;
            return this;
        }

        /**
         * Sets {@code stopLossExecutePrice}: 0 or absent: market (optional, 0 or more, sent as {@code stopLossExecutePrice}). Checked by {@link #build()}.
         *
         * @param stopLossExecutePrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopLossExecutePrice(@Nullable BigDecimal stopLossExecutePrice) {
            this.stopLossExecutePrice = stopLossExecutePrice;
            return this;
        }

        /**
         * Sets {@code holdSide}: hold side, one of {@code long}, {@code short}, {@code buy}, {@code sell} (required, sent as {@code holdSide}). Checked by {@link #build()}.
         *
         * @param holdSide the value
         * @return this builder
         */
        public Builder holdSide(FuturesTpslHoldSide holdSide) {
            this.holdSide = holdSide;
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
         * Sets {@code stopSurplusClientOid}: stop surplus client oid (optional, sent as {@code stopSurplusClientOid}). Checked by {@link #build()}.
         *
         * @param stopSurplusClientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopSurplusClientOid(@Nullable String stopSurplusClientOid) {
            this.stopSurplusClientOid = stopSurplusClientOid;
            return this;
        }

        /**
         * Sets {@code stopLossClientOid}: stop loss client oid (optional, sent as {@code stopLossClientOid}). Checked by {@link #build()}.
         *
         * @param stopLossClientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopLossClientOid(@Nullable String stopLossClientOid) {
            this.stopLossClientOid = stopLossClientOid;
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
        public FuturesPositionTpslRequest build() {
            return new FuturesPositionTpslRequest(marginCoin, productType, symbol, stopSurplusTriggerPrice, stopSurplusSize, stopSurplusTriggerType, stopSurplusExecutePrice, stopLossTriggerPrice, stopLossSize, stopLossTriggerType, stopLossExecutePrice, holdSide, stpMode, stopSurplusClientOid, stopLossClientOid, extraParams);
        }
    }
}
