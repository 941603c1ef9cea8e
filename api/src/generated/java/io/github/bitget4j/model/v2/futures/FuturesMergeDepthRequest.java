// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param symbol required
 * @param productType required
 * @param precision optional; default scale0.
 * @param limit optional; default 100 levels.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesMergeDepthRequest(
        String symbol,
        ProductType productType,
        @Nullable FuturesDepthPrecision precision,
        @Nullable FuturesDepthLimit limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "precision", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesMergeDepthRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.knownIfPresent(precision, "precision");
        Require.knownIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesMergeDepthRequest(String symbol, ProductType productType, @Nullable FuturesDepthPrecision precision, @Nullable FuturesDepthLimit limit) {
        this(symbol, productType, precision, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesMergeDepthRequest withExtraParam(String name, Object value) {
        return new FuturesMergeDepthRequest(symbol, productType, precision, limit, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, productType; the rest stay unset. */
    public static FuturesMergeDepthRequest of(String symbol, ProductType productType) {
        return new FuturesMergeDepthRequest(symbol, productType, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable FuturesDepthPrecision precision;
        private @Nullable FuturesDepthLimit limit;
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

        /** default scale0. Optional. */
        public Builder precision(@Nullable FuturesDepthPrecision precision) {
            this.precision = precision;
            return this;
        }

        /** default 100 levels. Optional. */
        public Builder limit(@Nullable FuturesDepthLimit limit) {
            this.limit = limit;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesMergeDepthRequest build() {
            return new FuturesMergeDepthRequest(symbol, productType, precision, limit, extraParams);
        }
    }
}
