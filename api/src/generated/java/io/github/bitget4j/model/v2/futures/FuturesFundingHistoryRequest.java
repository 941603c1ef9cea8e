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
 * @param pageSize optional; default 20.
 * @param pageNo optional; from 1.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesFundingHistoryRequest(
        String symbol,
        ProductType productType,
        @Nullable Integer pageSize,
        @Nullable Integer pageNo,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "pageSize", "pageNo");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesFundingHistoryRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "100");
        Require.positiveIfPresent(pageNo, "pageNo");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesFundingHistoryRequest(String symbol, ProductType productType, @Nullable Integer pageSize, @Nullable Integer pageNo) {
        this(symbol, productType, pageSize, pageNo, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesFundingHistoryRequest withExtraParam(String name, Object value) {
        return new FuturesFundingHistoryRequest(symbol, productType, pageSize, pageNo, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, productType; the rest stay unset. */
    public static FuturesFundingHistoryRequest of(String symbol, ProductType productType) {
        return new FuturesFundingHistoryRequest(symbol, productType, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable Integer pageSize;
        private @Nullable Integer pageNo;
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

        /** default 20. Optional. */
        public Builder pageSize(@Nullable Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** from 1. Optional. */
        public Builder pageNo(@Nullable Integer pageNo) {
            this.pageNo = pageNo;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesFundingHistoryRequest build() {
            return new FuturesFundingHistoryRequest(symbol, productType, pageSize, pageNo, extraParams);
        }
    }
}
