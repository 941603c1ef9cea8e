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
 * @param category MARGIN or a futures line (required, sent as {@code category})
 * @param marginMode crossed or isolated (required, sent as {@code marginMode})
 * @param symbol futures: the symbol (optional, sent as {@code symbol})
 * @param coin margin: the coin (optional, sent as {@code coin})
 * @param leverage the leverage (cross, one-way isolated, or both hedge sides alike) (optional, greater than 0, sent as {@code leverage})
 * @param longLeverage isolated hedge mode: long side; wins over leverage (optional, greater than 0, sent as {@code longLeverage})
 * @param shortLeverage isolated hedge mode: short side; wins over leverage (optional, greater than 0, sent as {@code shortLeverage})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaPreSetLeverageRequest {
        Require.known(category, "category");
        Require.known(marginMode, "marginMode");
        Require.positiveIfPresent(leverage, "leverage");
        Require.positiveIfPresent(longLeverage, "longLeverage");
        Require.positiveIfPresent(shortLeverage, "shortLeverage");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category MARGIN or a futures line (required, sent as {@code category})
     * @param marginMode crossed or isolated (required, sent as {@code marginMode})
     * @param symbol futures: the symbol (optional, sent as {@code symbol})
     * @param coin margin: the coin (optional, sent as {@code coin})
     * @param leverage the leverage (cross, one-way isolated, or both hedge sides alike) (optional, greater than 0, sent as {@code leverage})
     * @param longLeverage isolated hedge mode: long side; wins over leverage (optional, greater than 0, sent as {@code longLeverage})
     * @param shortLeverage isolated hedge mode: short side; wins over leverage (optional, greater than 0, sent as {@code shortLeverage})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaPreSetLeverageRequest(Category category, MarginMode marginMode, @Nullable String symbol, @Nullable String coin, @Nullable BigDecimal leverage, @Nullable BigDecimal longLeverage, @Nullable BigDecimal shortLeverage) {
        this(category, marginMode, symbol, coin, leverage, longLeverage, shortLeverage, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaPreSetLeverageRequest withExtraParam(String name, Object value) {
        return new UtaPreSetLeverageRequest(category, marginMode, symbol, coin, leverage, longLeverage, shortLeverage, Require.withExtra(extraParams, name, value));
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

        /**
         * Sets {@code category}: MARGIN or a futures line (required, sent as {@code category}). Checked by {@link #build()}.
         *
         * @param category the value
         * @return this builder
         */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /**
         * Sets {@code marginMode}: crossed or isolated (required, sent as {@code marginMode}). Checked by {@link #build()}.
         *
         * @param marginMode the value
         * @return this builder
         */
        public Builder marginMode(MarginMode marginMode) {
            this.marginMode = marginMode;
            return this;
        }

        /**
         * Sets {@code symbol}: futures: the symbol (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code coin}: margin: the coin (optional, sent as {@code coin}). Checked by {@link #build()}.
         *
         * @param coin the value, or null to leave it unset
         * @return this builder
         */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /**
         * Sets {@code leverage}: the leverage (cross, one-way isolated, or both hedge sides alike) (optional, greater than 0, sent as {@code leverage}). Checked by {@link #build()}.
         *
         * @param leverage the value, or null to leave it unset
         * @return this builder
         */
        public Builder leverage(@Nullable BigDecimal leverage) {
            this.leverage = leverage;
            return this;
        }

        /**
         * Sets {@code longLeverage}: isolated hedge mode: long side; wins over leverage (optional, greater than 0, sent as {@code longLeverage}). Checked by {@link #build()}.
         *
         * @param longLeverage the value, or null to leave it unset
         * @return this builder
         */
        public Builder longLeverage(@Nullable BigDecimal longLeverage) {
            this.longLeverage = longLeverage;
            return this;
        }

        /**
         * Sets {@code shortLeverage}: isolated hedge mode: short side; wins over leverage (optional, greater than 0, sent as {@code shortLeverage}). Checked by {@link #build()}.
         *
         * @param shortLeverage the value, or null to leave it unset
         * @return this builder
         */
        public Builder shortLeverage(@Nullable BigDecimal shortLeverage) {
            this.shortLeverage = shortLeverage;
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
        public UtaPreSetLeverageRequest build() {
            return new UtaPreSetLeverageRequest(category, marginMode, symbol, coin, leverage, longLeverage, shortLeverage, extraParams);
        }
    }
}
