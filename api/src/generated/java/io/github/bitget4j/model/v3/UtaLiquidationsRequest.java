// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 public liquidations query. Build it with {@link #builder()}.
 *
 * @param category a futures category (required, sent as {@code category})
 * @param symbol e.g. BTCUSDT; unset for all (optional, sent as {@code symbol})
 * @param limit page size (optional, greater than 0, sent as {@code limit})
 * @param cursor paging: the cursor of the previous page (optional, sent as {@code cursor})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaLiquidationsRequest(
        Category category,
        @Nullable String symbol,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "limit", "cursor");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaLiquidationsRequest {
        Require.known(category, "category");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category a futures category (required, sent as {@code category})
     * @param symbol e.g. BTCUSDT; unset for all (optional, sent as {@code symbol})
     * @param limit page size (optional, greater than 0, sent as {@code limit})
     * @param cursor paging: the cursor of the previous page (optional, sent as {@code cursor})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaLiquidationsRequest(Category category, @Nullable String symbol, @Nullable Integer limit, @Nullable String cursor) {
        this(category, symbol, limit, cursor, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaLiquidationsRequest withExtraParam(String name, Object value) {
        return new UtaLiquidationsRequest(category, symbol, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets category; the rest stay unset.
     *
     * @param category a futures category (required, sent as {@code category})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaLiquidationsRequest of(Category category) {
        return new UtaLiquidationsRequest(category, null, null, null, Map.of());
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
        private @Nullable Category category;
        private @Nullable String symbol;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code category}: a futures category (required, sent as {@code category}). Checked by {@link #build()}.
         *
         * @param category the value
         * @return this builder
         */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /**
         * Sets {@code symbol}: e.g. BTCUSDT; unset for all (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
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
        public UtaLiquidationsRequest build() {
            return new UtaLiquidationsRequest(category, symbol, limit, cursor, extraParams);
        }
    }
}
