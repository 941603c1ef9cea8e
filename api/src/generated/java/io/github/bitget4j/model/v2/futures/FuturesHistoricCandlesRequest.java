// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param symbol required
 * @param productType required
 * @param granularity required
 * @param startTime optional
 * @param endTime optional
 * @param limit optional; default 100.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesHistoricCandlesRequest(
        String symbol,
        ProductType productType,
        FuturesGranularity granularity,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "granularity", "startTime", "endTime", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesHistoricCandlesRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.known(granularity, "granularity");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "200");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesHistoricCandlesRequest(String symbol, ProductType productType, FuturesGranularity granularity, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit) {
        this(symbol, productType, granularity, startTime, endTime, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesHistoricCandlesRequest withExtraParam(String name, Object value) {
        return new FuturesHistoricCandlesRequest(symbol, productType, granularity, startTime, endTime, limit, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, productType, granularity; the rest stay unset. */
    public static FuturesHistoricCandlesRequest of(String symbol, ProductType productType, FuturesGranularity granularity) {
        return new FuturesHistoricCandlesRequest(symbol, productType, granularity, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable FuturesGranularity granularity;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
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

        /** Sets granularity. Required. */
        public Builder granularity(FuturesGranularity granularity) {
            this.granularity = granularity;
            return this;
        }

        /** Sets startTime. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** default 100. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesHistoricCandlesRequest build() {
            return new FuturesHistoricCandlesRequest(symbol, productType, granularity, startTime, endTime, limit, extraParams);
        }
    }
}
