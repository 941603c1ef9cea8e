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
 * @param coin optional; e.g. USDT.
 * @param type optional; kind of entry.
 * @param limit optional; page size.
 * @param cursor optional; paging: the cursor of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaAddressBookRequest(
        @Nullable String coin,
        @Nullable UtaAddressBookType type,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "type", "limit", "cursor");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaAddressBookRequest {
        Require.knownIfPresent(type, "type");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaAddressBookRequest(@Nullable String coin, @Nullable UtaAddressBookType type, @Nullable Integer limit, @Nullable String cursor) {
        this(coin, type, limit, cursor, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaAddressBookRequest withExtraParam(String name, Object value) {
        return new UtaAddressBookRequest(coin, type, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /** Every saved address, first page. */
    public static UtaAddressBookRequest all() {
        return new UtaAddressBookRequest(null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
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

        /** e.g. USDT. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** kind of entry. Optional. */
        public Builder type(@Nullable UtaAddressBookType type) {
            this.type = type;
            return this;
        }

        /** page size. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** paging: the cursor of the previous page. Optional. */
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
        public UtaAddressBookRequest build() {
            return new UtaAddressBookRequest(coin, type, limit, cursor, extraParams);
        }
    }
}
