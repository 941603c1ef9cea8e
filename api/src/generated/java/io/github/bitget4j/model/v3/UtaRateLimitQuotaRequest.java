// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A product line, one account or a page of them. Build it with {@link #builder()}.
 *
 * @param category spot or futures (required, sent as {@code category})
 * @param uid one account; unset for every sub-account (optional, sent as {@code uid})
 * @param cursor paging: the cursor of the previous page (optional, sent as {@code cursor})
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaRateLimitQuotaRequest(
        UtaRateLimitCategory category,
        @Nullable String uid,
        @Nullable String cursor,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "uid", "cursor", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaRateLimitQuotaRequest {
        Require.known(category, "category");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category spot or futures (required, sent as {@code category})
     * @param uid one account; unset for every sub-account (optional, sent as {@code uid})
     * @param cursor paging: the cursor of the previous page (optional, sent as {@code cursor})
     * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaRateLimitQuotaRequest(UtaRateLimitCategory category, @Nullable String uid, @Nullable String cursor, @Nullable Integer limit) {
        this(category, uid, cursor, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaRateLimitQuotaRequest withExtraParam(String name, Object value) {
        return new UtaRateLimitQuotaRequest(category, uid, cursor, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets category; the rest stay unset.
     *
     * @param category spot or futures (required, sent as {@code category})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaRateLimitQuotaRequest of(UtaRateLimitCategory category) {
        return new UtaRateLimitQuotaRequest(category, null, null, null, Map.of());
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
        private @Nullable UtaRateLimitCategory category;
        private @Nullable String uid;
        private @Nullable String cursor;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code category}: spot or futures (required, sent as {@code category}). Checked by {@link #build()}.
         *
         * @param category the value
         * @return this builder
         */
        public Builder category(UtaRateLimitCategory category) {
            this.category = category;
            return this;
        }

        /**
         * Sets {@code uid}: one account; unset for every sub-account (optional, sent as {@code uid}). Checked by {@link #build()}.
         *
         * @param uid the value, or null to leave it unset
         * @return this builder
         */
        public Builder uid(@Nullable String uid) {
            this.uid = uid;
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
        public UtaRateLimitQuotaRequest build() {
            return new UtaRateLimitQuotaRequest(category, uid, cursor, limit, extraParams);
        }
    }
}
