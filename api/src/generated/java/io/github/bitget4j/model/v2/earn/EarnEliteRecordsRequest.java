// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param type required
 * @param startTime optional
 * @param endTime optional
 * @param limit optional
 * @param cursor optional; endId of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnEliteRecordsRequest(
        EarnEliteRecordType type,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("type", "startTime", "endTime", "limit", "cursor");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public EarnEliteRecordsRequest {
        Require.known(type, "type");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public EarnEliteRecordsRequest(EarnEliteRecordType type, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable String cursor) {
        this(type, startTime, endTime, limit, cursor, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public EarnEliteRecordsRequest withExtraParam(String name, Object value) {
        return new EarnEliteRecordsRequest(type, startTime, endTime, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /** Sets type; the rest stay unset. */
    public static EarnEliteRecordsRequest of(EarnEliteRecordType type) {
        return new EarnEliteRecordsRequest(type, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable EarnEliteRecordType type;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets type. Required. */
        public Builder type(EarnEliteRecordType type) {
            this.type = type;
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

        /** Sets limit. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** endId of the previous page. Optional. */
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
        public EarnEliteRecordsRequest build() {
            return new EarnEliteRecordsRequest(type, startTime, endTime, limit, cursor, extraParams);
        }
    }
}
