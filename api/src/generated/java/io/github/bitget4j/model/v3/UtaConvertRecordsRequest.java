// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the conversion history. Build it with {@link #builder()}.
 *
 * @param fromCoin required; the coin converted from.
 * @param toCoin required; the coin converted into.
 * @param startTime optional; at most 90 days back.
 * @param endTime optional; at most 30 days after startTime.
 * @param limit optional; page size (Bitget's default 100).
 * @param cursor optional; paging: the cursor of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaConvertRecordsRequest(
        String fromCoin,
        String toCoin,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("fromCoin", "toCoin", "startTime", "endTime", "limit", "cursor");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaConvertRecordsRequest {
        Require.text(fromCoin, "fromCoin");
        Require.text(toCoin, "toCoin");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaConvertRecordsRequest(String fromCoin, String toCoin, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable String cursor) {
        this(fromCoin, toCoin, startTime, endTime, limit, cursor, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaConvertRecordsRequest withExtraParam(String name, Object value) {
        return new UtaConvertRecordsRequest(fromCoin, toCoin, startTime, endTime, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /** Sets fromCoin, toCoin; the rest stay unset. */
    public static UtaConvertRecordsRequest of(String fromCoin, String toCoin) {
        return new UtaConvertRecordsRequest(fromCoin, toCoin, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String fromCoin;
        private @Nullable String toCoin;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the coin converted from. Required. */
        public Builder fromCoin(String fromCoin) {
            this.fromCoin = fromCoin;
            return this;
        }

        /** the coin converted into. Required. */
        public Builder toCoin(String toCoin) {
            this.toCoin = toCoin;
            return this;
        }

        /** at most 90 days back. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** at most 30 days after startTime. Optional. */
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
        public UtaConvertRecordsRequest build() {
            return new UtaConvertRecordsRequest(fromCoin, toCoin, startTime, endTime, limit, cursor, extraParams);
        }
    }
}
