// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
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
 * @param orderId optional
 * @param symbol optional
 * @param productType required
 * @param idLessThan optional; endId of the previous page.
 * @param startTime optional
 * @param endTime optional
 * @param limit optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesFillsRequest(
        @Nullable String orderId,
        @Nullable String symbol,
        ProductType productType,
        @Nullable String idLessThan,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "symbol", "productType", "idLessThan", "startTime", "endTime", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesFillsRequest {
        Require.known(productType, "productType");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesFillsRequest(@Nullable String orderId, @Nullable String symbol, ProductType productType, @Nullable String idLessThan, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit) {
        this(orderId, symbol, productType, idLessThan, startTime, endTime, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesFillsRequest withExtraParam(String name, Object value) {
        return new FuturesFillsRequest(orderId, symbol, productType, idLessThan, startTime, endTime, limit, Require.withExtra(extraParams, name, value));
    }

    /** Sets productType; the rest stay unset. */
    public static FuturesFillsRequest of(ProductType productType) {
        return new FuturesFillsRequest(null, null, productType, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String orderId;
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable String idLessThan;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets orderId. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** Sets symbol. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets productType. Required. */
        public Builder productType(ProductType productType) {
            this.productType = productType;
            return this;
        }

        /** endId of the previous page. Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
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

        /** Sets limit. Optional. */
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
        public FuturesFillsRequest build() {
            return new FuturesFillsRequest(orderId, symbol, productType, idLessThan, startTime, endTime, limit, extraParams);
        }
    }
}
