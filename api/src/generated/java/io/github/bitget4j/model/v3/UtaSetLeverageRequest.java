// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A leverage change. Build it with {@link #builder()}.
 *
 * @param category required; MARGIN or a futures line.
 * @param leverage required; the new leverage.
 * @param symbol optional; futures: the symbol, e.g. BTCUSDT.
 * @param coin optional; margin: the coin, e.g. BTC.
 * @param posSide optional; isolated margin: the side the leverage applies to.
 * @param marginMode optional; futures: crossed (Bitget's default) or isolated.
 * @param longLeverage optional; isolated hedge mode: long side; wins over leverage.
 * @param shortLeverage optional; isolated hedge mode: short side; wins over leverage.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSetLeverageRequest(
        Category category,
        BigDecimal leverage,
        @Nullable String symbol,
        @Nullable String coin,
        @Nullable PositionSide posSide,
        @Nullable MarginMode marginMode,
        @Nullable BigDecimal longLeverage,
        @Nullable BigDecimal shortLeverage,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "leverage", "symbol", "coin", "posSide", "marginMode", "longLeverage", "shortLeverage");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaSetLeverageRequest {
        Require.known(category, "category");
        Require.present(leverage, "leverage");
        Require.positiveIfPresent(leverage, "leverage");
        Require.knownIfPresent(posSide, "posSide");
        Require.knownIfPresent(marginMode, "marginMode");
        Require.positiveIfPresent(longLeverage, "longLeverage");
        Require.positiveIfPresent(shortLeverage, "shortLeverage");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaSetLeverageRequest(Category category, BigDecimal leverage, @Nullable String symbol, @Nullable String coin, @Nullable PositionSide posSide, @Nullable MarginMode marginMode, @Nullable BigDecimal longLeverage, @Nullable BigDecimal shortLeverage) {
        this(category, leverage, symbol, coin, posSide, marginMode, longLeverage, shortLeverage, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaSetLeverageRequest withExtraParam(String name, Object value) {
        return new UtaSetLeverageRequest(category, leverage, symbol, coin, posSide, marginMode, longLeverage, shortLeverage, Require.withExtra(extraParams, name, value));
    }

    /** Sets category, symbol, leverage; the rest stay unset. */
    public static UtaSetLeverageRequest futures(Category category, String symbol, BigDecimal leverage) {
        return new UtaSetLeverageRequest(category, leverage, Require.text(symbol, "symbol"), null, null, null, null, null, Map.of());
    }

    /** Sets category, coin, leverage; the rest stay unset. */
    public static UtaSetLeverageRequest margin(Category category, String coin, BigDecimal leverage) {
        return new UtaSetLeverageRequest(category, leverage, null, Require.text(coin, "coin"), null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Category category;
        private @Nullable BigDecimal leverage;
        private @Nullable String symbol;
        private @Nullable String coin;
        private @Nullable PositionSide posSide;
        private @Nullable MarginMode marginMode;
        private @Nullable BigDecimal longLeverage;
        private @Nullable BigDecimal shortLeverage;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** MARGIN or a futures line. Required. */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** the new leverage. Required. */
        public Builder leverage(BigDecimal leverage) {
            this.leverage = leverage;
            return this;
        }

        /** futures: the symbol, e.g. BTCUSDT. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** margin: the coin, e.g. BTC. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** isolated margin: the side the leverage applies to. Optional. */
        public Builder posSide(@Nullable PositionSide posSide) {
            this.posSide = posSide;
            return this;
        }

        /** futures: crossed (Bitget's default) or isolated. Optional. */
        public Builder marginMode(@Nullable MarginMode marginMode) {
            this.marginMode = marginMode;
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

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaSetLeverageRequest build() {
            return new UtaSetLeverageRequest(category, leverage, symbol, coin, posSide, marginMode, longLeverage, shortLeverage, extraParams);
        }
    }
}
