// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the position move history. Build it with {@link #builder()}.
 *
 * @param category required; a futures line.
 * @param symbol optional; e.g. BTCUSDT.
 * @param startTime optional
 * @param endTime optional; default the last 30 days; span at most 90 days.
 * @param cursor optional; paging: the cursor of the previous page.
 * @param limit optional; page size (Bitget's default 100).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaMovePositionHistoryRequest(
        Category category,
        @Nullable String symbol,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable String cursor,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "startTime", "endTime", "cursor", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaMovePositionHistoryRequest {
        Require.known(category, "category");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaMovePositionHistoryRequest(Category category, @Nullable String symbol, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable String cursor, @Nullable Integer limit) {
        this(category, symbol, startTime, endTime, cursor, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaMovePositionHistoryRequest withExtraParam(String name, Object value) {
        return new UtaMovePositionHistoryRequest(category, symbol, startTime, endTime, cursor, limit, Require.withExtra(extraParams, name, value));
    }

    /** Sets category; the rest stay unset. */
    public static UtaMovePositionHistoryRequest of(Category category) {
        return new UtaMovePositionHistoryRequest(category, null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Category category;
        private @Nullable String symbol;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable String cursor;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** a futures line. Required. */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** e.g. BTCUSDT. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets startTime. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** default the last 30 days; span at most 90 days. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** paging: the cursor of the previous page. Optional. */
        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** page size (Bitget's default 100). Optional. */
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
        public UtaMovePositionHistoryRequest build() {
            return new UtaMovePositionHistoryRequest(category, symbol, startTime, endTime, cursor, limit, extraParams);
        }
    }
}
