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
 * @param category a futures line (required, sent as {@code category})
 * @param symbol e.g. BTCUSDT (optional, sent as {@code symbol})
 * @param startTime start of the time range (optional, sent as {@code startTime})
 * @param endTime default the last 30 days; span at most 90 days (optional, sent as {@code endTime})
 * @param cursor paging: the cursor of the previous page (optional, sent as {@code cursor})
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as {@code limit})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaMovePositionHistoryRequest {
        Require.known(category, "category");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category a futures line (required, sent as {@code category})
     * @param symbol e.g. BTCUSDT (optional, sent as {@code symbol})
     * @param startTime start of the time range (optional, sent as {@code startTime})
     * @param endTime default the last 30 days; span at most 90 days (optional, sent as {@code endTime})
     * @param cursor paging: the cursor of the previous page (optional, sent as {@code cursor})
     * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaMovePositionHistoryRequest(Category category, @Nullable String symbol, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable String cursor, @Nullable Integer limit) {
        this(category, symbol, startTime, endTime, cursor, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaMovePositionHistoryRequest withExtraParam(String name, Object value) {
        return new UtaMovePositionHistoryRequest(category, symbol, startTime, endTime, cursor, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets category; the rest stay unset.
     *
     * @param category a futures line (required, sent as {@code category})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaMovePositionHistoryRequest of(Category category) {
        return new UtaMovePositionHistoryRequest(category, null, null, null, null, null, Map.of());
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
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

        /**
         * Sets {@code category}: a futures line (required, sent as {@code category}). Checked by {@link #build()}.
         *
         * @param category the value
         * @return this builder
         */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /**
         * Sets {@code symbol}: e.g. BTCUSDT (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code startTime}: start of the time range (optional, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: default the last 30 days; span at most 90 days (optional, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code cursor}: paging: the cursor of the previous page (optional, sent as {@code cursor}). Checked by {@link #build()}.
         *
         * @param cursor the value, or null to leave it unset
         * @return this builder
         */
        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        /**
         * Sets {@code limit}: page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as {@code limit}). Checked by {@link #build()}.
         *
         * @param limit the value, or null to leave it unset
         * @return this builder
         */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
         *
         * @param name the parameter's wire name; must not be a typed field's (checked by {@link #build()})
         * @param value its value, sent as its text
         * @return this builder
         */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /**
         * Checks the parameters and makes the request.
         *
         * @return the request
         * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
         */
        public UtaMovePositionHistoryRequest build() {
            return new UtaMovePositionHistoryRequest(category, symbol, startTime, endTime, cursor, limit, extraParams);
        }
    }
}
