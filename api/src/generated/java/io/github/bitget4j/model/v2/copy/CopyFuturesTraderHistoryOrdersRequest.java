// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param idLessThan optional; endId of the previous page (older data).
 * @param idGreaterThan optional; endId of the previous page (newer data).
 * @param startTime optional; order creation time; span at most three months.
 * @param endTime optional
 * @param limit optional; default 20.
 * @param order optional; by creation time; default desc.
 * @param symbol optional
 * @param productType required
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyFuturesTraderHistoryOrdersRequest(
        @Nullable String idLessThan,
        @Nullable String idGreaterThan,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable CopySortOrder order,
        @Nullable String symbol,
        CopyProductType productType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("idLessThan", "idGreaterThan", "startTime", "endTime", "limit", "order", "symbol", "productType");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyFuturesTraderHistoryOrdersRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        Require.knownIfPresent(order, "order");
        Require.known(productType, "productType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyFuturesTraderHistoryOrdersRequest(@Nullable String idLessThan, @Nullable String idGreaterThan, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable CopySortOrder order, @Nullable String symbol, CopyProductType productType) {
        this(idLessThan, idGreaterThan, startTime, endTime, limit, order, symbol, productType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyFuturesTraderHistoryOrdersRequest withExtraParam(String name, Object value) {
        return new CopyFuturesTraderHistoryOrdersRequest(idLessThan, idGreaterThan, startTime, endTime, limit, order, symbol, productType, Require.withExtra(extraParams, name, value));
    }

    /** Sets productType; the rest stay unset. */
    public static CopyFuturesTraderHistoryOrdersRequest of(CopyProductType productType) {
        return new CopyFuturesTraderHistoryOrdersRequest(null, null, null, null, null, null, null, productType, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String idLessThan;
        private @Nullable String idGreaterThan;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private @Nullable CopySortOrder order;
        private @Nullable String symbol;
        private @Nullable CopyProductType productType;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** endId of the previous page (older data). Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /** endId of the previous page (newer data). Optional. */
        public Builder idGreaterThan(@Nullable String idGreaterThan) {
            this.idGreaterThan = idGreaterThan;
            return this;
        }

        /** order creation time; span at most three months. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** default 20. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** by creation time; default desc. Optional. */
        public Builder order(@Nullable CopySortOrder order) {
            this.order = order;
            return this;
        }

        /** Sets symbol. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets productType. Required. */
        public Builder productType(CopyProductType productType) {
            this.productType = productType;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public CopyFuturesTraderHistoryOrdersRequest build() {
            return new CopyFuturesTraderHistoryOrdersRequest(idLessThan, idGreaterThan, startTime, endTime, limit, order, symbol, productType, extraParams);
        }
    }
}
