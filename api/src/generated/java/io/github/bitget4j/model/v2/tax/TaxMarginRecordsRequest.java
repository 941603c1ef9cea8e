// Generated from codegen/model/v2/tax.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.tax;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.v3.MarginMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param marginType crossed or isolated (a query field here); unset for both (optional, sent as {@code marginType})
 * @param coin coin, e.g. USDT (optional, sent as {@code coin})
 * @param startTime start of the time range (required, sent as {@code startTime})
 * @param endTime end of the time range (required, sent as {@code endTime})
 * @param limit number of items per page (optional, greater than 0, at most 500, sent as {@code limit})
 * @param idLessThan id of the last record of the previous page (optional, sent as {@code idLessThan})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record TaxMarginRecordsRequest(
        @Nullable MarginMode marginType,
        @Nullable String coin,
        Instant startTime,
        Instant endTime,
        @Nullable Integer limit,
        @Nullable String idLessThan,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "coin", "startTime", "endTime", "limit", "idLessThan");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public TaxMarginRecordsRequest {
        Require.knownIfPresent(marginType, "marginType");
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "500");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param marginType crossed or isolated (a query field here); unset for both (optional, sent as {@code marginType})
     * @param coin coin, e.g. USDT (optional, sent as {@code coin})
     * @param startTime start of the time range (required, sent as {@code startTime})
     * @param endTime end of the time range (required, sent as {@code endTime})
     * @param limit number of items per page (optional, greater than 0, at most 500, sent as {@code limit})
     * @param idLessThan id of the last record of the previous page (optional, sent as {@code idLessThan})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public TaxMarginRecordsRequest(@Nullable MarginMode marginType, @Nullable String coin, Instant startTime, Instant endTime, @Nullable Integer limit, @Nullable String idLessThan) {
        this(marginType, coin, startTime, endTime, limit, idLessThan, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public TaxMarginRecordsRequest withExtraParam(String name, Object value) {
        return new TaxMarginRecordsRequest(marginType, coin, startTime, endTime, limit, idLessThan, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets startTime, endTime; the rest stay unset.
     *
     * @param startTime start of the time range (required, sent as {@code startTime})
     * @param endTime end of the time range (required, sent as {@code endTime})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static TaxMarginRecordsRequest of(Instant startTime, Instant endTime) {
        return new TaxMarginRecordsRequest(null, null, startTime, endTime, null, null, Map.of());
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
        private @Nullable MarginMode marginType;
        private @Nullable String coin;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private @Nullable String idLessThan;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code marginType}: crossed or isolated (a query field here); unset for both (optional, sent as {@code marginType}). Checked by {@link #build()}.
         *
         * @param marginType the value, or null to leave it unset
         * @return this builder
         */
        public Builder marginType(@Nullable MarginMode marginType) {
            this.marginType = marginType;
            return this;
        }

        /**
         * Sets {@code coin}: coin, e.g. USDT (optional, sent as {@code coin}). Checked by {@link #build()}.
         *
         * @param coin the value, or null to leave it unset
         * @return this builder
         */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
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
         * Sets {@code limit}: number of items per page (optional, greater than 0, at most 500, sent as {@code limit}). Checked by {@link #build()}.
         *
         * @param limit the value, or null to leave it unset
         * @return this builder
         */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code idLessThan}: id of the last record of the previous page (optional, sent as {@code idLessThan}). Checked by {@link #build()}.
         *
         * @param idLessThan the value, or null to leave it unset
         * @return this builder
         */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
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
        public TaxMarginRecordsRequest build() {
            return new TaxMarginRecordsRequest(marginType, coin, startTime, endTime, limit, idLessThan, extraParams);
        }
    }
}
