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
 * @param category required; spot or futures.
 * @param uid optional; one account; unset for every sub-account.
 * @param cursor optional; paging: the cursor of the previous page.
 * @param limit optional; page size (Bitget's default 100).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaRateLimitQuotaRequest(
        UtaRateLimitCategory category,
        @Nullable String uid,
        @Nullable String cursor,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "uid", "cursor", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaRateLimitQuotaRequest {
        Require.known(category, "category");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaRateLimitQuotaRequest(UtaRateLimitCategory category, @Nullable String uid, @Nullable String cursor, @Nullable Integer limit) {
        this(category, uid, cursor, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaRateLimitQuotaRequest withExtraParam(String name, Object value) {
        return new UtaRateLimitQuotaRequest(category, uid, cursor, limit, Require.withExtra(extraParams, name, value));
    }

    /** Sets category; the rest stay unset. */
    public static UtaRateLimitQuotaRequest of(UtaRateLimitCategory category) {
        return new UtaRateLimitQuotaRequest(category, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
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

        /** spot or futures. Required. */
        public Builder category(UtaRateLimitCategory category) {
            this.category = category;
            return this;
        }

        /** one account; unset for every sub-account. Optional. */
        public Builder uid(@Nullable String uid) {
            this.uid = uid;
            return this;
        }

        /** paging: the cursor of the previous page. Optional. */
        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** page size (Bitget's default 100). Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaRateLimitQuotaRequest build() {
            return new UtaRateLimitQuotaRequest(category, uid, cursor, limit, extraParams);
        }
    }
}
