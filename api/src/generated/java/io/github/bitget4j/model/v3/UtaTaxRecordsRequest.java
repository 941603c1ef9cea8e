// Generated from codegen/model/v3/tax.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the tax records. Build it with {@link #builder()}.
 *
 * @param bizType required; the product line.
 * @param startTime required; earliest record.
 * @param endTime required; latest record; at most 7 days after startTime.
 * @param marginType optional; MARGIN only: crossed (Bitget's default) or isolated.
 * @param coin optional; e.g. USDT; unset for all.
 * @param limit optional; page size (Bitget's default 500).
 * @param cursor optional; paging: the last id of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaTaxRecordsRequest(
        UtaBizType bizType,
        Instant startTime,
        Instant endTime,
        @Nullable MarginMode marginType,
        @Nullable String coin,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("bizType", "startTime", "endTime", "marginType", "coin", "limit", "cursor");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaTaxRecordsRequest {
        Require.known(bizType, "bizType");
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.knownIfPresent(marginType, "marginType");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "500");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaTaxRecordsRequest(UtaBizType bizType, Instant startTime, Instant endTime, @Nullable MarginMode marginType, @Nullable String coin, @Nullable Integer limit, @Nullable String cursor) {
        this(bizType, startTime, endTime, marginType, coin, limit, cursor, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaTaxRecordsRequest withExtraParam(String name, Object value) {
        return new UtaTaxRecordsRequest(bizType, startTime, endTime, marginType, coin, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /** Sets bizType, startTime, endTime; the rest stay unset. */
    public static UtaTaxRecordsRequest of(UtaBizType bizType, Instant startTime, Instant endTime) {
        return new UtaTaxRecordsRequest(bizType, startTime, endTime, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable UtaBizType bizType;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable MarginMode marginType;
        private @Nullable String coin;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the product line. Required. */
        public Builder bizType(UtaBizType bizType) {
            this.bizType = bizType;
            return this;
        }

        /** earliest record. Required. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest record; at most 7 days after startTime. Required. */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** MARGIN only: crossed (Bitget's default) or isolated. Optional. */
        public Builder marginType(@Nullable MarginMode marginType) {
            this.marginType = marginType;
            return this;
        }

        /** e.g. USDT; unset for all. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** page size (Bitget's default 500). Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** paging: the last id of the previous page. Optional. */
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
        public UtaTaxRecordsRequest build() {
            return new UtaTaxRecordsRequest(bizType, startTime, endTime, marginType, coin, limit, cursor, extraParams);
        }
    }
}
