// Generated from codegen/model/v2/copy-broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters one trader's tracked orders. Build it with {@link #builder()}.
 *
 * @param traderId required; the trader's user id.
 * @param symbol optional
 * @param productType required
 * @param idLessThan optional; endId of the previous page (older data).
 * @param idGreaterThan optional; endId of the previous page (newer data).
 * @param startTime optional; copy creation time; span at most three months.
 * @param endTime optional
 * @param limit optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyBrokerTracesRequest(
        String traderId,
        @Nullable String symbol,
        CopyProductType productType,
        @Nullable String idLessThan,
        @Nullable String idGreaterThan,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("traderId", "symbol", "productType", "idLessThan", "idGreaterThan", "startTime", "endTime", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyBrokerTracesRequest {
        Require.text(traderId, "traderId");
        Require.known(productType, "productType");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyBrokerTracesRequest(String traderId, @Nullable String symbol, CopyProductType productType, @Nullable String idLessThan, @Nullable String idGreaterThan, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit) {
        this(traderId, symbol, productType, idLessThan, idGreaterThan, startTime, endTime, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyBrokerTracesRequest withExtraParam(String name, Object value) {
        return new CopyBrokerTracesRequest(traderId, symbol, productType, idLessThan, idGreaterThan, startTime, endTime, limit, Require.withExtra(extraParams, name, value));
    }

    /** Sets traderId, productType; the rest stay unset. */
    public static CopyBrokerTracesRequest of(String traderId, CopyProductType productType) {
        return new CopyBrokerTracesRequest(traderId, null, productType, null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String traderId;
        private @Nullable String symbol;
        private @Nullable CopyProductType productType;
        private @Nullable String idLessThan;
        private @Nullable String idGreaterThan;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the trader's user id. Required. */
        public Builder traderId(String traderId) {
            this.traderId = traderId;
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
        public CopyBrokerTracesRequest build() {
            return new CopyBrokerTracesRequest(traderId, symbol, productType, idLessThan, idGreaterThan, startTime, endTime, limit, extraParams);
        }
    }
}
