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
 * @param category required; a futures line.
 * @param symbol required; e.g. BTCUSDT.
 * @param posSide required; the position.
 * @param operation required; add or remove.
 * @param amount required; in the margin coin.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaSetMarginRequest {
        Require.known(category, "category");
        Require.text(symbol, "symbol");
        Require.known(posSide, "posSide");
        Require.known(operation, "operation");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaSetMarginRequest(Category category, String symbol, PositionSide posSide, UtaMarginOperation operation, BigDecimal amount) {
        this(category, symbol, posSide, operation, amount, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaSetMarginRequest withExtraParam(String name, Object value) {
        return new UtaSetMarginRequest(category, symbol, posSide, operation, amount, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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

        /** a futures line. Required. */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** e.g. BTCUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** the position. Required. */
        public Builder posSide(PositionSide posSide) {
            this.posSide = posSide;
            return this;
        }

        /** add or remove. Required. */
        public Builder operation(UtaMarginOperation operation) {
            this.operation = operation;
            return this;
        }

        /** in the margin coin. Required. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaSetMarginRequest build() {
            return new UtaSetMarginRequest(category, symbol, posSide, operation, amount, extraParams);
        }
    }
}
