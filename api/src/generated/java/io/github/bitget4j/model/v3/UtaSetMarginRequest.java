// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A margin adjustment of an isolated position. Build it with {@link #builder()}.
 *
 * @param category a futures line (required, sent as {@code category})
 * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
 * @param posSide the position (required, sent as {@code posSide})
 * @param operation add or remove (required, sent as {@code operation})
 * @param amount in the margin coin (required, greater than 0, sent as {@code amount})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSetMarginRequest(
        Category category,
        String symbol,
        PositionSide posSide,
        UtaMarginOperation operation,
        BigDecimal amount,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "posSide", "operation", "amount");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSetMarginRequest {
        Require.known(category, "category");
        Require.text(symbol, "symbol");
        Require.known(posSide, "posSide");
        Require.known(operation, "operation");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category a futures line (required, sent as {@code category})
     * @param symbol e.g. BTCUSDT (required, sent as {@code symbol})
     * @param posSide the position (required, sent as {@code posSide})
     * @param operation add or remove (required, sent as {@code operation})
     * @param amount in the margin coin (required, greater than 0, sent as {@code amount})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSetMarginRequest(Category category, String symbol, PositionSide posSide, UtaMarginOperation operation, BigDecimal amount) {
        this(category, symbol, posSide, operation, amount, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaSetMarginRequest withExtraParam(String name, Object value) {
        return new UtaSetMarginRequest(category, symbol, posSide, operation, amount, Require.withExtra(extraParams, name, value));
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
        private @Nullable String symbol;
        private @Nullable PositionSide posSide;
        private @Nullable UtaMarginOperation operation;
        private @Nullable BigDecimal amount;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code category}: a futures line (required, sent as {@code category}). Checked by {@link #build()}.
         *
         * @param category the value
         * @return this builder
         */
        public Builder category(Category category) {
            this.category = category;
            return this;
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
         * Sets {@code posSide}: the position (required, sent as {@code posSide}). Checked by {@link #build()}.
         *
         * @param posSide the value
         * @return this builder
         */
        public Builder posSide(PositionSide posSide) {
            this.posSide = posSide;
            return this;
        }

        /**
         * Sets {@code operation}: add or remove (required, sent as {@code operation}). Checked by {@link #build()}.
         *
         * @param operation the value
         * @return this builder
         */
        public Builder operation(UtaMarginOperation operation) {
            this.operation = operation;
            return this;
        }

        /**
         * Sets {@code amount}: in the margin coin (required, greater than 0, sent as {@code amount}). Checked by {@link #build()}.
         *
         * @param amount the value
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
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
        public UtaSetMarginRequest build() {
            return new UtaSetMarginRequest(category, symbol, posSide, operation, amount, extraParams);
        }
    }
}
