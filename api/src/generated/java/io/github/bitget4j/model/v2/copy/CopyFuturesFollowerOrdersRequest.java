// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
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
 * @param idLessThan optional; last trackingNo of the previous page (older data).
 * @param idGreaterThan optional; newer data after this id.
 * @param startTime optional; copy creation time; span at most three months.
 * @param endTime optional
 * @param limit optional; default 20.
 * @param symbol optional
 * @param productType required
 * @param traderId optional; only orders copied from this trader.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyFuturesFollowerOrdersRequest(
        @Nullable String idLessThan,
        @Nullable String idGreaterThan,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable String symbol,
        CopyProductType productType,
        @Nullable String traderId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("idLessThan", "idGreaterThan", "startTime", "endTime", "limit", "symbol", "productType", "traderId");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyFuturesFollowerOrdersRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        Require.known(productType, "productType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyFuturesFollowerOrdersRequest(@Nullable String idLessThan, @Nullable String idGreaterThan, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable String symbol, CopyProductType productType, @Nullable String traderId) {
        this(idLessThan, idGreaterThan, startTime, endTime, limit, symbol, productType, traderId, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyFuturesFollowerOrdersRequest withExtraParam(String name, Object value) {
        return new CopyFuturesFollowerOrdersRequest(idLessThan, idGreaterThan, startTime, endTime, limit, symbol, productType, traderId, Require.withExtra(extraParams, name, value));
    }

    /** Sets productType; the rest stay unset. */
    public static CopyFuturesFollowerOrdersRequest of(CopyProductType productType) {
        return new CopyFuturesFollowerOrdersRequest(null, null, null, null, null, null, productType, null, Map.of());
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
        private @Nullable String symbol;
        private @Nullable CopyProductType productType;
        private @Nullable String traderId;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** last trackingNo of the previous page (older data). Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /** newer data after this id. Optional. */
        public Builder idGreaterThan(@Nullable String idGreaterThan) {
            this.idGreaterThan = idGreaterThan;
            return this;
        }

        /** copy creation time; span at most three months. Optional. */
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

        /** only orders copied from this trader. Optional. */
        public Builder traderId(@Nullable String traderId) {
            this.traderId = traderId;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public CopyFuturesFollowerOrdersRequest build() {
            return new CopyFuturesFollowerOrdersRequest(idLessThan, idGreaterThan, startTime, endTime, limit, symbol, productType, traderId, extraParams);
        }
    }
}
