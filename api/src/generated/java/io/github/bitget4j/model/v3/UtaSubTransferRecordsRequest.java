// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the main/sub transfer history; all optional. Build it with {@link #builder()}.
 *
 * @param subUid one sub-account; unset for the main account (optional, sent as {@code subUid})
 * @param role sent (Bitget's default) or received transfers (optional, sent as {@code role})
 * @param coin e.g. USDT (optional, sent as {@code coin})
 * @param startTime span at most 90 days (optional, sent as {@code startTime})
 * @param endTime end of the time range (optional, sent as {@code endTime})
 * @param clientOid your id of one transfer (optional, sent as {@code clientOid})
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as {@code limit})
 * @param cursor paging: the cursor of the previous page (optional, sent as {@code cursor})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSubTransferRecordsRequest(
        @Nullable String subUid,
        @Nullable UtaTransferRole role,
        @Nullable String coin,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable String clientOid,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "role", "coin", "startTime", "endTime", "clientOid", "limit", "cursor");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSubTransferRecordsRequest {
        Require.knownIfPresent(role, "role");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subUid one sub-account; unset for the main account (optional, sent as {@code subUid})
     * @param role sent (Bitget's default) or received transfers (optional, sent as {@code role})
     * @param coin e.g. USDT (optional, sent as {@code coin})
     * @param startTime span at most 90 days (optional, sent as {@code startTime})
     * @param endTime end of the time range (optional, sent as {@code endTime})
     * @param clientOid your id of one transfer (optional, sent as {@code clientOid})
     * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as {@code limit})
     * @param cursor paging: the cursor of the previous page (optional, sent as {@code cursor})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSubTransferRecordsRequest(@Nullable String subUid, @Nullable UtaTransferRole role, @Nullable String coin, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable String clientOid, @Nullable Integer limit, @Nullable String cursor) {
        this(subUid, role, coin, startTime, endTime, clientOid, limit, cursor, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaSubTransferRecordsRequest withExtraParam(String name, Object value) {
        return new UtaSubTransferRecordsRequest(subUid, role, coin, startTime, endTime, clientOid, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /**
     * The latest transfers of the main account, first page.
     *
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaSubTransferRecordsRequest all() {
        return new UtaSubTransferRecordsRequest(null, null, null, null, null, null, null, null, Map.of());
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
        private @Nullable String subUid;
        private @Nullable UtaTransferRole role;
        private @Nullable String coin;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable String clientOid;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code subUid}: one sub-account; unset for the main account (optional, sent as {@code subUid}). Checked by {@link #build()}.
         *
         * @param subUid the value, or null to leave it unset
         * @return this builder
         */
        public Builder subUid(@Nullable String subUid) {
            this.subUid = subUid;
            return this;
        }

        /**
         * Sets {@code role}: sent (Bitget's default) or received transfers (optional, sent as {@code role}). Checked by {@link #build()}.
         *
         * @param role the value, or null to leave it unset
         * @return this builder
         */
        public Builder role(@Nullable UtaTransferRole role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code coin}: e.g. USDT (optional, sent as {@code coin}). Checked by {@link #build()}.
         *
         * @param coin the value, or null to leave it unset
         * @return this builder
         */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /**
         * Sets {@code startTime}: span at most 90 days (optional, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: end of the time range (optional, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code clientOid}: your id of one transfer (optional, sent as {@code clientOid}). Checked by {@link #build()}.
         *
         * @param clientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
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
        public UtaSubTransferRecordsRequest build() {
            return new UtaSubTransferRecordsRequest(subUid, role, coin, startTime, endTime, clientOid, limit, cursor, extraParams);
        }
    }
}
