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
 * @param autoMargin required
 * @param marginCoin required
 * @param amount optional; as listed by the reference SDK.
 * @param holdSide optional
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesSetAutoMarginRequest {
        Require.text(symbol, "symbol");
        Require.known(autoMargin, "autoMargin");
        Require.text(marginCoin, "marginCoin");
        Require.knownIfPresent(holdSide, "holdSide");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesSetAutoMarginRequest(String symbol, FuturesAutoMargin autoMargin, String marginCoin, @Nullable BigDecimal amount, @Nullable FuturesHoldSide holdSide) {
        this(symbol, autoMargin, marginCoin, amount, holdSide, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesSetAutoMarginRequest withExtraParam(String name, Object value) {
        return new FuturesSetAutoMarginRequest(symbol, autoMargin, marginCoin, amount, holdSide, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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

        /** Sets symbol. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets autoMargin. Required. */
        public Builder autoMargin(FuturesAutoMargin autoMargin) {
            this.autoMargin = autoMargin;
            return this;
        }

        /** Sets marginCoin. Required. */
        public Builder marginCoin(String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /** as listed by the reference SDK. Optional. */
        public Builder amount(@Nullable BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** Sets holdSide. Optional. */
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
        public FuturesSetAutoMarginRequest build() {
            return new FuturesSetAutoMarginRequest(symbol, autoMargin, marginCoin, amount, holdSide, extraParams);
        }
    }
}
