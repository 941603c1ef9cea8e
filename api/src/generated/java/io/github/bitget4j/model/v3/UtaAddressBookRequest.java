// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the withdrawal address book; all optional. Build it with {@link #builder()}.
 *
 * @param coin e.g. USDT (optional, sent as {@code coin})
 * @param type kind of entry (optional, sent as {@code type})
 * @param limit page size (optional, greater than 0, sent as {@code limit})
 * @param cursor paging: the cursor of the previous page (optional, sent as {@code cursor})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaAddressBookRequest(
        @Nullable String coin,
        @Nullable UtaAddressBookType type,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "type", "limit", "cursor");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaAddressBookRequest {
        Require.knownIfPresent(type, "type");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coin e.g. USDT (optional, sent as {@code coin})
     * @param type kind of entry (optional, sent as {@code type})
     * @param limit page size (optional, greater than 0, sent as {@code limit})
     * @param cursor paging: the cursor of the previous page (optional, sent as {@code cursor})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaAddressBookRequest(@Nullable String coin, @Nullable UtaAddressBookType type, @Nullable Integer limit, @Nullable String cursor) {
        this(coin, type, limit, cursor, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaAddressBookRequest withExtraParam(String name, Object value) {
        return new UtaAddressBookRequest(coin, type, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /**
     * Every saved address, first page.
     *
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaAddressBookRequest all() {
        return new UtaAddressBookRequest(null, null, null, null, Map.of());
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
        private @Nullable UtaAddressBookType type;
        private @Nullable Integer limit;
        private @Nullable String cursor;
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
         * Sets {@code type}: kind of entry (optional, sent as {@code type}). Checked by {@link #build()}.
         *
         * @param type the value, or null to leave it unset
         * @return this builder
         */
        public Builder type(@Nullable UtaAddressBookType type) {
            this.type = type;
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
        public UtaAddressBookRequest build() {
            return new UtaAddressBookRequest(coin, type, limit, cursor, extraParams);
        }
    }
}
