// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param symbol required
 * @param productType required
 * @param marginCoin required
 * @param leverage optional; crossed mode, one-way mode, or the same value for both sides.
 * @param longLeverage optional; isolated hedge mode: long side; wins over leverage.
 * @param shortLeverage optional; isolated hedge mode: short side; wins over leverage.
 * @param holdSide optional; isolated hedge mode: the side leverage applies to.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesSetLeverageRequest(
        String symbol,
        ProductType productType,
        String marginCoin,
        @Nullable BigDecimal leverage,
        @Nullable BigDecimal longLeverage,
        @Nullable BigDecimal shortLeverage,
        @Nullable FuturesHoldSide holdSide,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "marginCoin", "leverage", "longLeverage", "shortLeverage", "holdSide");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesSetLeverageRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.text(marginCoin, "marginCoin");
        Require.positiveIfPresent(leverage, "leverage");
        Require.positiveIfPresent(longLeverage, "longLeverage");
        Require.positiveIfPresent(shortLeverage, "shortLeverage");
        Require.knownIfPresent(holdSide, "holdSide");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesSetLeverageRequest(String symbol, ProductType productType, String marginCoin, @Nullable BigDecimal leverage, @Nullable BigDecimal longLeverage, @Nullable BigDecimal shortLeverage, @Nullable FuturesHoldSide holdSide) {
        this(symbol, productType, marginCoin, leverage, longLeverage, shortLeverage, holdSide, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesSetLeverageRequest withExtraParam(String name, Object value) {
        return new FuturesSetLeverageRequest(symbol, productType, marginCoin, leverage, longLeverage, shortLeverage, holdSide, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, productType, marginCoin, leverage; the rest stay unset. */
    public static FuturesSetLeverageRequest of(String symbol, ProductType productType, String marginCoin, BigDecimal leverage) {
        return new FuturesSetLeverageRequest(symbol, productType, marginCoin, Require.present(leverage, "leverage"), null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable String marginCoin;
        private @Nullable BigDecimal leverage;
        private @Nullable BigDecimal longLeverage;
        private @Nullable BigDecimal shortLeverage;
        private @Nullable FuturesHoldSide holdSide;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets symbol. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets productType. Required. */
        public Builder productType(ProductType productType) {
            this.productType = productType;
            return this;
        }

        /** Sets marginCoin. Required. */
        public Builder marginCoin(String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /** crossed mode, one-way mode, or the same value for both sides. Optional. */
        public Builder leverage(@Nullable BigDecimal leverage) {
            this.leverage = leverage;
            return this;
        }

        /** isolated hedge mode: long side; wins over leverage. Optional. */
        public Builder longLeverage(@Nullable BigDecimal longLeverage) {
            this.longLeverage = longLeverage;
            return this;
        }

        /** isolated hedge mode: short side; wins over leverage. Optional. */
        public Builder shortLeverage(@Nullable BigDecimal shortLeverage) {
            this.shortLeverage = shortLeverage;
            return this;
        }

        /** isolated hedge mode: the side leverage applies to. Optional. */
        public Builder holdSide(@Nullable FuturesHoldSide holdSide) {
            this.holdSide = holdSide;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesSetLeverageRequest build() {
            return new FuturesSetLeverageRequest(symbol, productType, marginCoin, leverage, longLeverage, shortLeverage, holdSide, extraParams);
        }
    }
}
