// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How one symbol of a trader is copied. Build it with {@link #builder()}.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
 * @param marginType advanced mode only (required, sent as {@code marginType})
 * @param marginCoin margin coin, e.g. USDT (optional, sent as {@code marginCoin})
 * @param leverType advanced mode only (required, sent as {@code leverType})
 * @param longLeverage leverage of long positions, leverType specify (optional, greater than 0, sent as {@code longLeverage})
 * @param shortLeverage leverage of short positions, leverType specify (optional, greater than 0, sent as {@code shortLeverage})
 * @param traceType trace type, one of {@code percent}, {@code amount}, {@code count} (required, sent as {@code traceType})
 * @param traceValue ratio, amount or quantity, as traceType says (required, greater than 0, sent as {@code traceValue})
 * @param maxHoldSize largest copied holding (optional, greater than 0, sent as {@code maxHoldSize})
 * @param stopSurplusRatio take-profit ratio, percent (optional, 0 or more, sent as {@code stopSurplusRatio})
 * @param stopLossRatio stop-loss ratio, percent (optional, 0 or more, sent as {@code stopLossRatio})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyFuturesFollowerSymbolSettingRequest(
        String symbol,
        CopyProductType productType,
        CopyMarginType marginType,
        @Nullable String marginCoin,
        CopyLeverType leverType,
        @Nullable Integer longLeverage,
        @Nullable Integer shortLeverage,
        CopyTraceType traceType,
        BigDecimal traceValue,
        @Nullable BigDecimal maxHoldSize,
        @Nullable BigDecimal stopSurplusRatio,
        @Nullable BigDecimal stopLossRatio,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "marginType", "marginCoin", "leverType", "longLeverage", "shortLeverage", "traceType", "traceValue", "maxHoldSize", "stopSurplusRatio", "stopLossRatio");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesFollowerSymbolSettingRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.known(marginType, "marginType");
        Require.known(leverType, "leverType");
        Require.positiveIfPresent(longLeverage, "longLeverage");
        Require.positiveIfPresent(shortLeverage, "shortLeverage");
        Require.known(traceType, "traceType");
        Require.present(traceValue, "traceValue");
        Require.positiveIfPresent(traceValue, "traceValue");
        Require.positiveIfPresent(maxHoldSize, "maxHoldSize");
        Require.atLeast(stopSurplusRatio, "stopSurplusRatio", "0");
        Require.atLeast(stopLossRatio, "stopLossRatio", "0");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
     * @param marginType advanced mode only (required, sent as {@code marginType})
     * @param marginCoin margin coin, e.g. USDT (optional, sent as {@code marginCoin})
     * @param leverType advanced mode only (required, sent as {@code leverType})
     * @param longLeverage leverage of long positions, leverType specify (optional, greater than 0, sent as {@code longLeverage})
     * @param shortLeverage leverage of short positions, leverType specify (optional, greater than 0, sent as {@code shortLeverage})
     * @param traceType trace type, one of {@code percent}, {@code amount}, {@code count} (required, sent as {@code traceType})
     * @param traceValue ratio, amount or quantity, as traceType says (required, greater than 0, sent as {@code traceValue})
     * @param maxHoldSize largest copied holding (optional, greater than 0, sent as {@code maxHoldSize})
     * @param stopSurplusRatio take-profit ratio, percent (optional, 0 or more, sent as {@code stopSurplusRatio})
     * @param stopLossRatio stop-loss ratio, percent (optional, 0 or more, sent as {@code stopLossRatio})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesFollowerSymbolSettingRequest(String symbol, CopyProductType productType, CopyMarginType marginType, @Nullable String marginCoin, CopyLeverType leverType, @Nullable Integer longLeverage, @Nullable Integer shortLeverage, CopyTraceType traceType, BigDecimal traceValue, @Nullable BigDecimal maxHoldSize, @Nullable BigDecimal stopSurplusRatio, @Nullable BigDecimal stopLossRatio) {
        this(symbol, productType, marginType, marginCoin, leverType, longLeverage, shortLeverage, traceType, traceValue, maxHoldSize, stopSurplusRatio, stopLossRatio, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopyFuturesFollowerSymbolSettingRequest withExtraParam(String name, Object value) {
        return new CopyFuturesFollowerSymbolSettingRequest(symbol, productType, marginType, marginCoin, leverType, longLeverage, shortLeverage, traceType, traceValue, maxHoldSize, stopSurplusRatio, stopLossRatio, Require.withExtra(extraParams, name, value));
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
        private @Nullable CopyProductType productType;
        private @Nullable CopyMarginType marginType;
        private @Nullable String marginCoin;
        private @Nullable CopyLeverType leverType;
        private @Nullable Integer longLeverage;
        private @Nullable Integer shortLeverage;
        private @Nullable CopyTraceType traceType;
        private @Nullable BigDecimal traceValue;
        private @Nullable BigDecimal maxHoldSize;
        private @Nullable BigDecimal stopSurplusRatio;
        private @Nullable BigDecimal stopLossRatio;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
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
         * Sets {@code productType}: futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType}). Checked by {@link #build()}.
         *
         * @param productType the value
         * @return this builder
         */
        public Builder productType(CopyProductType productType) {
            this.productType = productType;
            return this;
        }

        /**
         * Sets {@code marginType}: advanced mode only (required, sent as {@code marginType}). Checked by {@link #build()}.
         *
         * @param marginType the value
         * @return this builder
         */
        public Builder marginType(CopyMarginType marginType) {
            this.marginType = marginType;
            return this;
        }

        /**
         * Sets {@code marginCoin}: margin coin, e.g. USDT (optional, sent as {@code marginCoin}). Checked by {@link #build()}.
         *
         * @param marginCoin the value, or null to leave it unset
         * @return this builder
         */
        public Builder marginCoin(@Nullable String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /**
         * Sets {@code leverType}: advanced mode only (required, sent as {@code leverType}). Checked by {@link #build()}.
         *
         * @param leverType the value
         * @return this builder
         */
        public Builder leverType(CopyLeverType leverType) {
            this.leverType = leverType;
            return this;
        }

        /**
         * Sets {@code longLeverage}: leverage of long positions, leverType specify (optional, greater than 0, sent as {@code longLeverage}). Checked by {@link #build()}.
         *
         * @param longLeverage the value, or null to leave it unset
         * @return this builder
         */
        public Builder longLeverage(@Nullable Integer longLeverage) {
            this.longLeverage = longLeverage;
            return this;
        }

        /**
         * Sets {@code shortLeverage}: leverage of short positions, leverType specify (optional, greater than 0, sent as {@code shortLeverage}). Checked by {@link #build()}.
         *
         * @param shortLeverage the value, or null to leave it unset
         * @return this builder
         */
        public Builder shortLeverage(@Nullable Integer shortLeverage) {
            this.shortLeverage = shortLeverage;
            return this;
        }

        /**
         * Sets {@code traceType}: trace type, one of {@code percent}, {@code amount}, {@code count} (required, sent as {@code traceType}). Checked by {@link #build()}.
         *
         * @param traceType the value
         * @return this builder
         */
        public Builder traceType(CopyTraceType traceType) {
            this.traceType = traceType;
            return this;
        }

        /**
         * Sets {@code traceValue}: ratio, amount or quantity, as traceType says (required, greater than 0, sent as {@code traceValue}). Checked by {@link #build()}.
         *
         * @param traceValue the value
         * @return this builder
         */
        public Builder traceValue(BigDecimal traceValue) {
            this.traceValue = traceValue;
            return this;
        }

        /**
         * Sets {@code maxHoldSize}: largest copied holding (optional, greater than 0, sent as {@code maxHoldSize}). Checked by {@link #build()}.
         *
         * @param maxHoldSize the value, or null to leave it unset
         * @return this builder
         */
        public Builder maxHoldSize(@Nullable BigDecimal maxHoldSize) {
            this.maxHoldSize = maxHoldSize;
            return this;
        }

        /**
         * Sets {@code stopSurplusRatio}: take-profit ratio, percent (optional, 0 or more, sent as {@code stopSurplusRatio}). Checked by {@link #build()}.
         *
         * @param stopSurplusRatio the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopSurplusRatio(@Nullable BigDecimal stopSurplusRatio) {
            this.stopSurplusRatio = stopSurplusRatio;
            return this;
        }

        /**
         * Sets {@code stopLossRatio}: stop-loss ratio, percent (optional, 0 or more, sent as {@code stopLossRatio}). Checked by {@link #build()}.
         *
         * @param stopLossRatio the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopLossRatio(@Nullable BigDecimal stopLossRatio) {
            this.stopLossRatio = stopLossRatio;
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
        public CopyFuturesFollowerSymbolSettingRequest build() {
            return new CopyFuturesFollowerSymbolSettingRequest(symbol, productType, marginType, marginCoin, leverType, longLeverage, shortLeverage, traceType, traceValue, maxHoldSize, stopSurplusRatio, stopLossRatio, extraParams);
        }
    }
}
