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
 * @param holdSide required
 * @param amount required; positive adds margin, negative removes it.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesSetMarginRequest(
        String symbol,
        ProductType productType,
        String marginCoin,
        FuturesHoldSide holdSide,
        BigDecimal amount,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "marginCoin", "holdSide", "amount");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesSetMarginRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.text(marginCoin, "marginCoin");
        Require.known(holdSide, "holdSide");
        Require.present(amount, "amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesSetMarginRequest(String symbol, ProductType productType, String marginCoin, FuturesHoldSide holdSide, BigDecimal amount) {
        this(symbol, productType, marginCoin, holdSide, amount, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesSetMarginRequest withExtraParam(String name, Object value) {
        return new FuturesSetMarginRequest(symbol, productType, marginCoin, holdSide, amount, Require.withExtra(extraParams, name, value));
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
        private @Nullable FuturesHoldSide holdSide;
        private @Nullable BigDecimal amount;
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

        /** Sets holdSide. Required. */
        public Builder holdSide(FuturesHoldSide holdSide) {
            this.holdSide = holdSide;
            return this;
        }

        /** positive adds margin, negative removes it. Required. */
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
        public FuturesSetMarginRequest build() {
            return new FuturesSetMarginRequest(symbol, productType, marginCoin, holdSide, amount, extraParams);
        }
    }
}
