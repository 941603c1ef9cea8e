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
 * @param symbol required
 * @param productType required
 * @param marginType required; advanced mode only.
 * @param marginCoin optional
 * @param leverType required; advanced mode only.
 * @param longLeverage optional; leverage of long positions, leverType specify.
 * @param shortLeverage optional; leverage of short positions, leverType specify.
 * @param traceType required
 * @param traceValue required; ratio, amount or quantity, as traceType says.
 * @param maxHoldSize optional; largest copied holding.
 * @param stopSurplusRatio optional; take-profit ratio, percent.
 * @param stopLossRatio optional; stop-loss ratio, percent.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
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

    /** Without extra parameters. */
    public CopyFuturesFollowerSymbolSettingRequest(String symbol, CopyProductType productType, CopyMarginType marginType, @Nullable String marginCoin, CopyLeverType leverType, @Nullable Integer longLeverage, @Nullable Integer shortLeverage, CopyTraceType traceType, BigDecimal traceValue, @Nullable BigDecimal maxHoldSize, @Nullable BigDecimal stopSurplusRatio, @Nullable BigDecimal stopLossRatio) {
        this(symbol, productType, marginType, marginCoin, leverType, longLeverage, shortLeverage, traceType, traceValue, maxHoldSize, stopSurplusRatio, stopLossRatio, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyFuturesFollowerSymbolSettingRequest withExtraParam(String name, Object value) {
        return new CopyFuturesFollowerSymbolSettingRequest(symbol, productType, marginType, marginCoin, leverType, longLeverage, shortLeverage, traceType, traceValue, maxHoldSize, stopSurplusRatio, stopLossRatio, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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

        /** Sets symbol. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets productType. Required. */
        public Builder productType(CopyProductType productType) {
            this.productType = productType;
            return this;
        }

        /** advanced mode only. Required. */
        public Builder marginType(CopyMarginType marginType) {
            this.marginType = marginType;
            return this;
        }

        /** Sets marginCoin. Optional. */
        public Builder marginCoin(@Nullable String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /** advanced mode only. Required. */
        public Builder leverType(CopyLeverType leverType) {
            this.leverType = leverType;
            return this;
        }

        /** leverage of long positions, leverType specify. Optional. */
        public Builder longLeverage(@Nullable Integer longLeverage) {
            this.longLeverage = longLeverage;
            return this;
        }

        /** leverage of short positions, leverType specify. Optional. */
        public Builder shortLeverage(@Nullable Integer shortLeverage) {
            this.shortLeverage = shortLeverage;
            return this;
        }

        /** Sets traceType. Required. */
        public Builder traceType(CopyTraceType traceType) {
            this.traceType = traceType;
            return this;
        }

        /** ratio, amount or quantity, as traceType says. Required. */
        public Builder traceValue(BigDecimal traceValue) {
            this.traceValue = traceValue;
            return this;
        }

        /** largest copied holding. Optional. */
        public Builder maxHoldSize(@Nullable BigDecimal maxHoldSize) {
            this.maxHoldSize = maxHoldSize;
            return this;
        }

        /** take-profit ratio, percent. Optional. */
        public Builder stopSurplusRatio(@Nullable BigDecimal stopSurplusRatio) {
            this.stopSurplusRatio = stopSurplusRatio;
            return this;
        }

        /** stop-loss ratio, percent. Optional. */
        public Builder stopLossRatio(@Nullable BigDecimal stopLossRatio) {
            this.stopLossRatio = stopLossRatio;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public CopyFuturesFollowerSymbolSettingRequest build() {
            return new CopyFuturesFollowerSymbolSettingRequest(symbol, productType, marginType, marginCoin, leverType, longLeverage, shortLeverage, traceType, traceValue, maxHoldSize, stopSurplusRatio, stopLossRatio, extraParams);
        }
    }
}
