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
 * @param bizType the product line (required, sent as {@code bizType})
 * @param startTime earliest record (required, sent as {@code startTime})
 * @param endTime latest record; at most 7 days after startTime (required, sent as {@code endTime})
 * @param marginType MARGIN only: crossed (Bitget's default) or isolated (optional, sent as {@code marginType})
 * @param coin e.g. USDT; unset for all (optional, sent as {@code coin})
 * @param limit page size (Bitget's default 500) (optional, greater than 0, at most 500, sent as {@code limit})
 * @param cursor paging: the last id of the previous page (optional, sent as {@code cursor})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaTaxRecordsRequest {
        Require.known(bizType, "bizType");
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.knownIfPresent(marginType, "marginType");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "500");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param bizType the product line (required, sent as {@code bizType})
     * @param startTime earliest record (required, sent as {@code startTime})
     * @param endTime latest record; at most 7 days after startTime (required, sent as {@code endTime})
     * @param marginType MARGIN only: crossed (Bitget's default) or isolated (optional, sent as {@code marginType})
     * @param coin e.g. USDT; unset for all (optional, sent as {@code coin})
     * @param limit page size (Bitget's default 500) (optional, greater than 0, at most 500, sent as {@code limit})
     * @param cursor paging: the last id of the previous page (optional, sent as {@code cursor})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaTaxRecordsRequest(UtaBizType bizType, Instant startTime, Instant endTime, @Nullable MarginMode marginType, @Nullable String coin, @Nullable Integer limit, @Nullable String cursor) {
        this(bizType, startTime, endTime, marginType, coin, limit, cursor, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaTaxRecordsRequest withExtraParam(String name, Object value) {
        return new UtaTaxRecordsRequest(bizType, startTime, endTime, marginType, coin, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets bizType, startTime, endTime; the rest stay unset.
     *
     * @param bizType the product line (required, sent as {@code bizType})
     * @param startTime earliest record (required, sent as {@code startTime})
     * @param endTime latest record; at most 7 days after startTime (required, sent as {@code endTime})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaTaxRecordsRequest of(UtaBizType bizType, Instant startTime, Instant endTime) {
        return new UtaTaxRecordsRequest(bizType, startTime, endTime, null, null, null, null, Map.of());
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

        /**
         * Sets {@code bizType}: the product line (required, sent as {@code bizType}). Checked by {@link #build()}.
         *
         * @param bizType the value
         * @return this builder
         */
        public Builder bizType(UtaBizType bizType) {
            this.bizType = bizType;
            return this;
        }

        /**
         * Sets {@code startTime}: earliest record (required, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: latest record; at most 7 days after startTime (required, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value
         * @return this builder
         */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code marginType}: MARGIN only: crossed (Bitget's default) or isolated (optional, sent as {@code marginType}). Checked by {@link #build()}.
         *
         * @param marginType the value, or null to leave it unset
         * @return this builder
         */
        public Builder marginType(@Nullable MarginMode marginType) {
            this.marginType = marginType;
            return this;
        }

        /**
         * Sets {@code coin}: e.g. USDT; unset for all (optional, sent as {@code coin}). Checked by {@link #build()}.
         *
         * @param coin the value, or null to leave it unset
         * @return this builder
         */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /**
         * Sets {@code limit}: page size (Bitget's default 500) (optional, greater than 0, at most 500, sent as {@code limit}). Checked by {@link #build()}.
         *
         * @param limit the value, or null to leave it unset
         * @return this builder
         */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code cursor}: paging: the last id of the previous page (optional, sent as {@code cursor}). Checked by {@link #build()}.
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
        public UtaTaxRecordsRequest build() {
            return new UtaTaxRecordsRequest(bizType, startTime, endTime, marginType, coin, limit, cursor, extraParams);
        }
    }
}
