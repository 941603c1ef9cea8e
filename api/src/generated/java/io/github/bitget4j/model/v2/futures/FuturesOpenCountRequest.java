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
 * @param openAmount required; margin to commit, margin coin.
 * @param openPrice required
 * @param leverage optional; default 20.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesOpenCountRequest(
        String symbol,
        ProductType productType,
        String marginCoin,
        BigDecimal openAmount,
        BigDecimal openPrice,
        @Nullable BigDecimal leverage,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "marginCoin", "openAmount", "openPrice", "leverage");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesOpenCountRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.text(marginCoin, "marginCoin");
        Require.present(openAmount, "openAmount");
        Require.positiveIfPresent(openAmount, "openAmount");
        Require.present(openPrice, "openPrice");
        Require.positiveIfPresent(openPrice, "openPrice");
        Require.positiveIfPresent(leverage, "leverage");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesOpenCountRequest(String symbol, ProductType productType, String marginCoin, BigDecimal openAmount, BigDecimal openPrice, @Nullable BigDecimal leverage) {
        this(symbol, productType, marginCoin, openAmount, openPrice, leverage, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesOpenCountRequest withExtraParam(String name, Object value) {
        return new FuturesOpenCountRequest(symbol, productType, marginCoin, openAmount, openPrice, leverage, Require.withExtra(extraParams, name, value));
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
        private @Nullable BigDecimal openAmount;
        private @Nullable BigDecimal openPrice;
        private @Nullable BigDecimal leverage;
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

        /** margin to commit, margin coin. Required. */
        public Builder openAmount(BigDecimal openAmount) {
            this.openAmount = openAmount;
            return this;
        }

        /** Sets openPrice. Required. */
        public Builder openPrice(BigDecimal openPrice) {
            this.openPrice = openPrice;
            return this;
        }

        /** default 20. Optional. */
        public Builder leverage(@Nullable BigDecimal leverage) {
            this.leverage = leverage;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesOpenCountRequest build() {
            return new FuturesOpenCountRequest(symbol, productType, marginCoin, openAmount, openPrice, leverage, extraParams);
        }
    }
}
