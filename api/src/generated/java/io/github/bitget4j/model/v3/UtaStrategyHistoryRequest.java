// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 strategy order history query. Build it with {@link #builder()}.
 *
 * @param category required; the product line.
 * @param type optional; tpsl or trigger; unset for both.
 * @param startTime optional; earliest creation time.
 * @param endTime optional; latest creation time.
 * @param limit optional; page size (Bitget's default 100).
 * @param cursor optional; paging: the cursor of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStrategyHistoryRequest(
        Category category,
        @Nullable UtaStrategyType type,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "type", "startTime", "endTime", "limit", "cursor");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaStrategyHistoryRequest {
        Require.known(category, "category");
        Require.knownIfPresent(type, "type");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaStrategyHistoryRequest(Category category, @Nullable UtaStrategyType type, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable String cursor) {
        this(category, type, startTime, endTime, limit, cursor, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaStrategyHistoryRequest withExtraParam(String name, Object value) {
        return new UtaStrategyHistoryRequest(category, type, startTime, endTime, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Category category;
        private @Nullable UtaStrategyType type;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the product line. Required. */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** tpsl or trigger; unset for both. Optional. */
        public Builder type(@Nullable UtaStrategyType type) {
            this.type = type;
            return this;
        }

        /** earliest creation time. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest creation time. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** page size (Bitget's default 100). Optional. */
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
        public UtaStrategyHistoryRequest build() {
            return new UtaStrategyHistoryRequest(category, type, startTime, endTime, limit, cursor, extraParams);
        }
    }
}
