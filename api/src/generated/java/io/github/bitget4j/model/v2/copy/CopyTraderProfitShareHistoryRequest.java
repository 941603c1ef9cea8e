// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters a trader's settled profit shares. Build it with {@link #builder()}.
 *
 * @param coin optional; settlement coin.
 * @param idLessThan optional; endId of the previous page (older data).
 * @param idGreaterThan optional; endId of the previous page (newer data).
 * @param startTime optional; span at most three months.
 * @param endTime optional
 * @param limit optional; default 100.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyTraderProfitShareHistoryRequest(
        @Nullable String coin,
        @Nullable String idLessThan,
        @Nullable String idGreaterThan,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "idLessThan", "idGreaterThan", "startTime", "endTime", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyTraderProfitShareHistoryRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyTraderProfitShareHistoryRequest(@Nullable String coin, @Nullable String idLessThan, @Nullable String idGreaterThan, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit) {
        this(coin, idLessThan, idGreaterThan, startTime, endTime, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyTraderProfitShareHistoryRequest withExtraParam(String name, Object value) {
        return new CopyTraderProfitShareHistoryRequest(coin, idLessThan, idGreaterThan, startTime, endTime, limit, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String coin;
        private @Nullable String idLessThan;
        private @Nullable String idGreaterThan;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** settlement coin. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
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
        public CopyTraderProfitShareHistoryRequest build() {
            return new CopyTraderProfitShareHistoryRequest(coin, idLessThan, idGreaterThan, startTime, endTime, limit, extraParams);
        }
    }
}
