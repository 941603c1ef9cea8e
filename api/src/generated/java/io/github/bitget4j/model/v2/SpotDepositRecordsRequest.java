// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the deposit record query. Build it with {@link #builder()}.
 *
 * @param coin e.g. USDT (optional, sent as {@code coin})
 * @param orderId one deposit; other filters are then ignored (optional, sent as {@code orderId})
 * @param startTime start of the time range (required, sent as {@code startTime})
 * @param endTime end of the time range (required, sent as {@code endTime})
 * @param idLessThan paging: only deposits older than this orderId (optional, sent as {@code idLessThan})
 * @param limit page size (Bitget's default 20) (optional, greater than 0, at most 100, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotDepositRecordsRequest(
        @Nullable String coin,
        @Nullable String orderId,
        Instant startTime,
        Instant endTime,
        @Nullable String idLessThan,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "orderId", "startTime", "endTime", "idLessThan", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotDepositRecordsRequest {
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coin e.g. USDT (optional, sent as {@code coin})
     * @param orderId one deposit; other filters are then ignored (optional, sent as {@code orderId})
     * @param startTime start of the time range (required, sent as {@code startTime})
     * @param endTime end of the time range (required, sent as {@code endTime})
     * @param idLessThan paging: only deposits older than this orderId (optional, sent as {@code idLessThan})
     * @param limit page size (Bitget's default 20) (optional, greater than 0, at most 100, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotDepositRecordsRequest(@Nullable String coin, @Nullable String orderId, Instant startTime, Instant endTime, @Nullable String idLessThan, @Nullable Integer limit) {
        this(coin, orderId, startTime, endTime, idLessThan, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotDepositRecordsRequest withExtraParam(String name, Object value) {
        return new SpotDepositRecordsRequest(coin, orderId, startTime, endTime, idLessThan, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets startTime, endTime; the rest stay unset.
     *
     * @param startTime start of the time range (required, sent as {@code startTime})
     * @param endTime end of the time range (required, sent as {@code endTime})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotDepositRecordsRequest of(Instant startTime, Instant endTime) {
        return new SpotDepositRecordsRequest(null, null, startTime, endTime, null, null, Map.of());
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
        private @Nullable String coin;
        private @Nullable String orderId;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable String idLessThan;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
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
         * Sets {@code orderId}: one deposit; other filters are then ignored (optional, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value, or null to leave it unset
         * @return this builder
         */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code startTime}: start of the time range (required, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: end of the time range (required, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value
         * @return this builder
         */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code idLessThan}: paging: only deposits older than this orderId (optional, sent as {@code idLessThan}). Checked by {@link #build()}.
         *
         * @param idLessThan the value, or null to leave it unset
         * @return this builder
         */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /**
         * Sets {@code limit}: page size (Bitget's default 20) (optional, greater than 0, at most 100, sent as {@code limit}). Checked by {@link #build()}.
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
        public SpotDepositRecordsRequest build() {
            return new SpotDepositRecordsRequest(coin, orderId, startTime, endTime, idLessThan, limit, extraParams);
        }
    }
}
