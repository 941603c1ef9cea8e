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
 * @param symbol optional
 * @param productType required
 * @param startTime optional; span at most three months.
 * @param endTime optional
 * @param limit optional; default 20.
 * @param idGreaterThan optional; endId of the previous page (newer data).
 * @param idLessThan optional; endId of the previous page (older data).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyFuturesTraderOrdersRequest(
        @Nullable String symbol,
        CopyProductType productType,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable String idGreaterThan,
        @Nullable String idLessThan,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "startTime", "endTime", "limit", "idGreaterThan", "idLessThan");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyFuturesTraderOrdersRequest {
        Require.known(productType, "productType");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "50");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyFuturesTraderOrdersRequest(@Nullable String symbol, CopyProductType productType, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable String idGreaterThan, @Nullable String idLessThan) {
        this(symbol, productType, startTime, endTime, limit, idGreaterThan, idLessThan, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyFuturesTraderOrdersRequest withExtraParam(String name, Object value) {
        return new CopyFuturesTraderOrdersRequest(symbol, productType, startTime, endTime, limit, idGreaterThan, idLessThan, Require.withExtra(extraParams, name, value));
    }

    /** Sets productType; the rest stay unset. */
    public static CopyFuturesTraderOrdersRequest of(CopyProductType productType) {
        return new CopyFuturesTraderOrdersRequest(null, productType, null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable CopyProductType productType;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private @Nullable String idGreaterThan;
        private @Nullable String idLessThan;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
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

        /** span at most three months. Optional. */
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

        /** endId of the previous page (newer data). Optional. */
        public Builder idGreaterThan(@Nullable String idGreaterThan) {
            this.idGreaterThan = idGreaterThan;
            return this;
        }

        /** endId of the previous page (older data). Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public CopyFuturesTraderOrdersRequest build() {
            return new CopyFuturesTraderOrdersRequest(symbol, productType, startTime, endTime, limit, idGreaterThan, idLessThan, extraParams);
        }
    }
}
