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
 * @param startTime earliest record, Unix milliseconds (optional, sent as {@code startTime})
 * @param endTime latest record, Unix milliseconds (optional, sent as {@code endTime})
 * @param limit page size (optional, greater than 0, sent as {@code limit})
 * @param cursor paging: the endId of the previous page (optional, sent as {@code cursor})
 * @param status pending, fail or success (optional, sent as {@code status})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBrokerDepositWithdrawalRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.knownIfPresent(status, "status");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param startTime earliest record, Unix milliseconds (optional, sent as {@code startTime})
     * @param endTime latest record, Unix milliseconds (optional, sent as {@code endTime})
     * @param limit page size (optional, greater than 0, sent as {@code limit})
     * @param cursor paging: the endId of the previous page (optional, sent as {@code cursor})
     * @param status pending, fail or success (optional, sent as {@code status})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBrokerDepositWithdrawalRequest(@Nullable Long startTime, @Nullable Long endTime, @Nullable Integer limit, @Nullable String cursor, @Nullable UtaBrokerRecordStatus status) {
        this(startTime, endTime, limit, cursor, status, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaBrokerDepositWithdrawalRequest withExtraParam(String name, Object value) {
        return new UtaBrokerDepositWithdrawalRequest(startTime, endTime, limit, cursor, status, Require.withExtra(extraParams, name, value));
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
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private @Nullable UtaBrokerRecordStatus status;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code startTime}: earliest record, Unix milliseconds (optional, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder startTime(@Nullable Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: latest record, Unix milliseconds (optional, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder endTime(@Nullable Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code limit}: page size (optional, greater than 0, sent as {@code limit}). Checked by {@link #build()}.
         *
         * @param limit the value, or null to leave it unset
         * @return this builder
         */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code cursor}: paging: the endId of the previous page (optional, sent as {@code cursor}). Checked by {@link #build()}.
         *
         * @param cursor the value, or null to leave it unset
         * @return this builder
         */
        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        /**
         * Sets {@code status}: pending, fail or success (optional, sent as {@code status}). Checked by {@link #build()}.
         *
         * @param status the value, or null to leave it unset
         * @return this builder
         */
        public Builder status(@Nullable UtaBrokerRecordStatus status) {
            this.status = status;
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
        public UtaBrokerDepositWithdrawalRequest build() {
            return new UtaBrokerDepositWithdrawalRequest(startTime, endTime, limit, cursor, status, extraParams);
        }
    }
}
