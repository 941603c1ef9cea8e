// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the Elite history. Build it with {@link #builder()}.
 *
 * @param type required; which kind of record.
 * @param startTime optional; earliest record, Unix milliseconds.
 * @param endTime optional; latest record, Unix milliseconds.
 * @param limit optional; page size (Bitget's default 20).
 * @param cursor optional; paging: the endId of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaEarnRecordsRequest(
        UtaEarnRecordType type,
        @Nullable Long startTime,
        @Nullable Long endTime,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("type", "startTime", "endTime", "limit", "cursor");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaEarnRecordsRequest {
        Require.known(type, "type");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaEarnRecordsRequest(UtaEarnRecordType type, @Nullable Long startTime, @Nullable Long endTime, @Nullable Integer limit, @Nullable String cursor) {
        this(type, startTime, endTime, limit, cursor, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaEarnRecordsRequest withExtraParam(String name, Object value) {
        return new UtaEarnRecordsRequest(type, startTime, endTime, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable UtaEarnRecordType type;
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** which kind of record. Required. */
        public Builder type(UtaEarnRecordType type) {
            this.type = type;
            return this;
        }

        /** earliest record, Unix milliseconds. Optional. */
        public Builder startTime(@Nullable Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest record, Unix milliseconds. Optional. */
        public Builder endTime(@Nullable Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /** page size (Bitget's default 20). Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** paging: the endId of the previous page. Optional. */
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
        public UtaEarnRecordsRequest build() {
            return new UtaEarnRecordsRequest(type, startTime, endTime, limit, cursor, extraParams);
        }
    }
}
