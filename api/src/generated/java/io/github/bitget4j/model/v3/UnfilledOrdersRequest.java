// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 open orders query; all optional. Build it with {@link #builder()}.
 *
 * @param category optional; the product line; unset for all.
 * @param symbol optional; e.g. BTCUSDT; unset for all.
 * @param startTime optional; earliest creation time, Unix milliseconds.
 * @param endTime optional; latest creation time, Unix milliseconds.
 * @param limit optional; page size.
 * @param cursor optional; paging: the cursor of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UnfilledOrdersRequest(
        @Nullable Category category,
        @Nullable String symbol,
        @Nullable Long startTime,
        @Nullable Long endTime,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "startTime", "endTime", "limit", "cursor");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UnfilledOrdersRequest {
        Require.knownIfPresent(category, "category");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UnfilledOrdersRequest(@Nullable Category category, @Nullable String symbol, @Nullable Long startTime, @Nullable Long endTime, @Nullable Integer limit, @Nullable String cursor) {
        this(category, symbol, startTime, endTime, limit, cursor, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UnfilledOrdersRequest withExtraParam(String name, Object value) {
        return new UnfilledOrdersRequest(category, symbol, startTime, endTime, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /** Every open order, first page. */
    public static UnfilledOrdersRequest all() {
        return new UnfilledOrdersRequest(null, null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Category category;
        private @Nullable String symbol;
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the product line; unset for all. Optional. */
        public Builder category(@Nullable Category category) {
            this.category = category;
            return this;
        }

        /** e.g. BTCUSDT; unset for all. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** earliest creation time, Unix milliseconds. Optional. */
        public Builder startTime(@Nullable Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest creation time, Unix milliseconds. Optional. */
        public Builder endTime(@Nullable Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /** page size. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** paging: the cursor of the previous page. Optional. */
        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UnfilledOrdersRequest build() {
            return new UnfilledOrdersRequest(category, symbol, startTime, endTime, limit, cursor, extraParams);
        }
    }
}
