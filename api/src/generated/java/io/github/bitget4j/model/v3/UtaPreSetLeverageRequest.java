// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A leverage change to preview. Build it with {@link #builder()}.
 *
 * @param category required; MARGIN or a futures line.
 * @param marginMode required; crossed or isolated.
 * @param symbol optional; futures: the symbol.
 * @param coin optional; margin: the coin.
 * @param leverage optional; the leverage (cross, one-way isolated, or both hedge sides alike).
 * @param longLeverage optional; isolated hedge mode: long side; wins over leverage.
 * @param shortLeverage optional; isolated hedge mode: short side; wins over leverage.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaPreSetLeverageRequest(
        Category category,
        MarginMode marginMode,
        @Nullable String symbol,
        @Nullable String coin,
        @Nullable BigDecimal leverage,
        @Nullable BigDecimal longLeverage,
        @Nullable BigDecimal shortLeverage,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "marginMode", "symbol", "coin", "leverage", "longLeverage", "shortLeverage");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaPreSetLeverageRequest {
        Require.known(category, "category");
        Require.known(marginMode, "marginMode");
        Require.positiveIfPresent(leverage, "leverage");
        Require.positiveIfPresent(longLeverage, "longLeverage");
        Require.positiveIfPresent(shortLeverage, "shortLeverage");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaPreSetLeverageRequest(Category category, MarginMode marginMode, @Nullable String symbol, @Nullable String coin, @Nullable BigDecimal leverage, @Nullable BigDecimal longLeverage, @Nullable BigDecimal shortLeverage) {
        this(category, marginMode, symbol, coin, leverage, longLeverage, shortLeverage, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaPreSetLeverageRequest withExtraParam(String name, Object value) {
        return new UtaPreSetLeverageRequest(category, marginMode, symbol, coin, leverage, longLeverage, shortLeverage, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Category category;
        private @Nullable MarginMode marginMode;
        private @Nullable String symbol;
        private @Nullable String coin;
        private @Nullable BigDecimal leverage;
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

        /** crossed or isolated. Required. */
        public Builder marginMode(MarginMode marginMode) {
            this.marginMode = marginMode;
            return this;
        }

        /** futures: the symbol. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** margin: the coin. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** the leverage (cross, one-way isolated, or both hedge sides alike). Optional. */
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

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaPreSetLeverageRequest build() {
            return new UtaPreSetLeverageRequest(category, marginMode, symbol, coin, leverage, longLeverage, shortLeverage, extraParams);
        }
    }
}
