// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters a spot trader's tracked orders. Build it with {@link #builder()}.
 *
 * @param symbol optional
 * @param idLessThan optional; endId of the previous page (older data).
 * @param idGreaterThan optional; endId of the previous page (newer data).
 * @param startTime optional
 * @param endTime optional
 * @param limit optional; default 20.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopySpotTraderOrdersRequest(
        @Nullable String symbol,
        @Nullable String idLessThan,
        @Nullable String idGreaterThan,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "idLessThan", "idGreaterThan", "startTime", "endTime", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopySpotTraderOrdersRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "50");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopySpotTraderOrdersRequest(@Nullable String symbol, @Nullable String idLessThan, @Nullable String idGreaterThan, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit) {
        this(symbol, idLessThan, idGreaterThan, startTime, endTime, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopySpotTraderOrdersRequest withExtraParam(String name, Object value) {
        return new CopySpotTraderOrdersRequest(symbol, idLessThan, idGreaterThan, startTime, endTime, limit, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable String idLessThan;
        private @Nullable String idGreaterThan;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets symbol. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
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

        /** default 20. Optional. */
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
        public CopySpotTraderOrdersRequest build() {
            return new CopySpotTraderOrdersRequest(symbol, idLessThan, idGreaterThan, startTime, endTime, limit, extraParams);
        }
    }
}
