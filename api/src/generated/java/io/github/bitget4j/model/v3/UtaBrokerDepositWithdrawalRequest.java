// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the sub-account deposit and withdrawal history; all optional. Build it with {@link #builder()}.
 *
 * @param startTime optional; earliest record, Unix milliseconds.
 * @param endTime optional; latest record, Unix milliseconds.
 * @param limit optional; page size.
 * @param cursor optional; paging: the endId of the previous page.
 * @param status optional; pending, fail or success.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaBrokerDepositWithdrawalRequest(
        @Nullable Long startTime,
        @Nullable Long endTime,
        @Nullable Integer limit,
        @Nullable String cursor,
        @Nullable UtaBrokerRecordStatus status,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "limit", "cursor", "status");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaBrokerDepositWithdrawalRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.knownIfPresent(status, "status");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaBrokerDepositWithdrawalRequest(@Nullable Long startTime, @Nullable Long endTime, @Nullable Integer limit, @Nullable String cursor, @Nullable UtaBrokerRecordStatus status) {
        this(startTime, endTime, limit, cursor, status, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaBrokerDepositWithdrawalRequest withExtraParam(String name, Object value) {
        return new UtaBrokerDepositWithdrawalRequest(startTime, endTime, limit, cursor, status, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private @Nullable UtaBrokerRecordStatus status;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
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

        /** page size. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** paging: the endId of the previous page. Optional. */
        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** pending, fail or success. Optional. */
        public Builder status(@Nullable UtaBrokerRecordStatus status) {
            this.status = status;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaBrokerDepositWithdrawalRequest build() {
            return new UtaBrokerDepositWithdrawalRequest(startTime, endTime, limit, cursor, status, extraParams);
        }
    }
}
