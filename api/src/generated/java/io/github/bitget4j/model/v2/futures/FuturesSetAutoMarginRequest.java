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
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param autoMargin auto margin, one of {@code on}, {@code off} (required, sent as {@code autoMargin})
 * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
 * @param amount as listed by the reference SDK (optional, sent as {@code amount})
 * @param holdSide hold side, one of {@code long}, {@code short} (optional, sent as {@code holdSide})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesSetAutoMarginRequest(
        String symbol,
        FuturesAutoMargin autoMargin,
        String marginCoin,
        @Nullable BigDecimal amount,
        @Nullable FuturesHoldSide holdSide,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "autoMargin", "marginCoin", "amount", "holdSide");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesSetAutoMarginRequest {
        Require.text(symbol, "symbol");
        Require.known(autoMargin, "autoMargin");
        Require.text(marginCoin, "marginCoin");
        Require.knownIfPresent(holdSide, "holdSide");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param autoMargin auto margin, one of {@code on}, {@code off} (required, sent as {@code autoMargin})
     * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
     * @param amount as listed by the reference SDK (optional, sent as {@code amount})
     * @param holdSide hold side, one of {@code long}, {@code short} (optional, sent as {@code holdSide})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesSetAutoMarginRequest(String symbol, FuturesAutoMargin autoMargin, String marginCoin, @Nullable BigDecimal amount, @Nullable FuturesHoldSide holdSide) {
        this(symbol, autoMargin, marginCoin, amount, holdSide, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesSetAutoMarginRequest withExtraParam(String name, Object value) {
        return new FuturesSetAutoMarginRequest(symbol, autoMargin, marginCoin, amount, holdSide, Require.withExtra(extraParams, name, value));
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
        private @Nullable FuturesAutoMargin autoMargin;
        private @Nullable String marginCoin;
        private @Nullable BigDecimal amount;
        private @Nullable FuturesHoldSide holdSide;
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
         * Sets {@code autoMargin}: auto margin, one of {@code on}, {@code off} (required, sent as {@code autoMargin}). Checked by {@link #build()}.
         *
         * @param autoMargin the value
         * @return this builder
         */
        public Builder autoMargin(FuturesAutoMargin autoMargin) {
            this.autoMargin = autoMargin;
            return this;
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
         * Sets {@code amount}: as listed by the reference SDK (optional, sent as {@code amount}). Checked by {@link #build()}.
         *
         * @param amount the value, or null to leave it unset
         * @return this builder
         */
        public Builder amount(@Nullable BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code holdSide}: hold side, one of {@code long}, {@code short} (optional, sent as {@code holdSide}). Checked by {@link #build()}.
         *
         * @param holdSide the value, or null to leave it unset
         * @return this builder
         */
        public Builder holdSide(@Nullable FuturesHoldSide holdSide) {
            this.holdSide = holdSide;
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
        public FuturesSetAutoMarginRequest build() {
            return new FuturesSetAutoMarginRequest(symbol, autoMargin, marginCoin, amount, holdSide, extraParams);
        }
    }
}
